package io.shipscreen.source.excel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.shipscreen.source.InputFileException;

/**
 * The workbooks of one night: every {@code .xlsx} under {@code --input} (a file or a folder,
 * searched recursively, in name order; Excel's {@code ~$} lock files are ignored).
 */
public final class ExcelInputs {

	private ExcelInputs() {
	}

	/** The workbooks under {@code input}, sorted by path. */
	public static List<Path> find(Path input) {
		if (Files.isRegularFile(input)) {
			return List.of(input);
		}
		if (!Files.isDirectory(input)) {
			throw new InputFileException(input.toString(), "no such file or folder");
		}
		try (Stream<Path> paths = Files.walk(input)) {
			List<Path> workbooks = paths.filter(Files::isRegularFile)
				.filter((path) -> path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx"))
				.filter((path) -> !path.getFileName().toString().startsWith("~$"))
				.sorted()
				.toList();
			if (workbooks.isEmpty()) {
				throw new InputFileException(input.toString(), "no .xlsx files in this folder");
			}
			return workbooks;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Opens the workbook, checks its header and counts its data rows, so that a bad file fails
	 * the night before anything is screened.
	 * @return the number of non-blank data rows
	 * @throws InputFileException naming the file and what is wrong with it
	 */
	public static long check(File file) {
		try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
			return workbook.countRows();
		}
		catch (InputFileException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new InputFileException(file.getName(), XlsxWorkbook.describe(ex), ex);
		}
	}

	/** Paths as strings for the job's execution context, so a restart reads the same files. */
	public static List<String> names(List<Path> paths) {
		List<String> names = new ArrayList<>();
		paths.forEach((path) -> names.add(path.toAbsolutePath().normalize().toString()));
		return names;
	}

}
