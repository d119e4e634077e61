package io.shipscreen.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The folder the nightly run watches ({@code shipscreen.review.folder}, default
 * {@code input/reviews/}): every {@code .xlsx} in it is imported in name order and moved to
 * {@code imported/}, stamped with the import time, so it is imported once. A file that cannot be
 * read at all stays where it is, logged, and never stops the night.
 */
@Component
public class ReviewFolder {

	private static final Logger log = LoggerFactory.getLogger(ReviewFolder.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final ReviewImporter importer;

	private final ReviewProperties properties;

	public ReviewFolder(ReviewImporter importer, ReviewProperties properties) {
		this.importer = importer;
		this.properties = properties;
	}

	public Path folder() {
		return Path.of(this.properties.folder());
	}

	/** Imports every workbook waiting in the folder; returns what each import did. */
	public List<ImportReport> importWaiting() {
		return importAll().imported();
	}

	/**
	 * What one import of the folder did.
	 *
	 * @param imported the workbooks imported (and moved to the imported folder)
	 * @param notImported one line per workbook left in the folder: its name and why
	 */
	public record FolderImport(List<ImportReport> imported, List<String> notImported) {
	}

	/** Imports every workbook waiting in the folder; a file that cannot be read stays there, named with its reason. */
	public FolderImport importAll() {
		Path folder = folder();
		if (!Files.isDirectory(folder)) {
			return new FolderImport(List.of(), List.of());
		}
		List<ImportReport> reports = new ArrayList<>();
		List<String> notImported = new ArrayList<>();
		for (Path file : waiting(folder)) {
			try {
				reports.add(this.importer.importFile(file));
				archive(folder, file);
			}
			catch (ReviewFileException ex) {
				log.error("review import file='{}' not imported: {}", file, ex.getMessage());
				notImported.add(file.getFileName() + ": " + ex.getMessage());
			}
		}
		return new FolderImport(List.copyOf(reports), List.copyOf(notImported));
	}

	private static List<Path> waiting(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> file.getFileName().toString().toLowerCase().endsWith(".xlsx"))
				// Excel's lock file of a workbook still open: ~$flagged-....xlsx
				.filter((file) -> !file.getFileName().toString().startsWith("~$"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + folder, ex);
		}
	}

	private void archive(Path folder, Path file) {
		Path imported = folder.resolve(this.properties.importedFolder());
		try {
			Files.createDirectories(imported);
			String name = LocalDateTime.now().format(STAMP) + "-" + file.getFileName();
			Files.move(file, imported.resolve(name), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			// imported but not moved: a second import of it records nothing new (already recorded)
			log.warn("review import file='{}' imported but not moved to {}: {}", file, imported, ex.toString());
		}
	}

}
