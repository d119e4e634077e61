package io.shipscreen.parties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs a newer list download into the list folder, never leaving a broken set behind: the
 * file is validated first, then copied in, and the whole folder must load again, else
 * everything is put back. Files it supersedes move to {@code replaced/<timestamp>/}:
 * the file of the same name; for OFAC and UN files, the file of the same format; for CSL
 * files, every CSL file whose lists the new one covers (a full CSL download supersedes an
 * extract).
 */
public final class ListInstaller {

	private static final Logger log = LoggerFactory.getLogger(ListInstaller.class);

	private final PartyListLoader loader;

	public ListInstaller(PartyListLoader loader) {
		this.loader = loader;
	}

	/** What an installation did. */
	public record Installed(LoadedListFile file, Path target, List<Path> replaced, Path backupFolder) {
	}

	/** Installs without a limit on how many entries the download may have lost (a deliberate import). */
	public Installed install(Path download, Path listFolder) {
		return install(download, listFolder, 1.0);
	}

	/**
	 * Installs {@code download} unless it lists more than {@code maxDrop} (a share, 0 to 1) fewer
	 * entries than the files it would supersede: a download that lost half its entries is a
	 * broken export or a cut-off transfer, not a mass delisting.
	 */
	public Installed install(Path download, Path listFolder, double maxDrop) {
		LoadedListFile incoming = this.loader.validate(download);
		List<Path> replaced = superseded(incoming, download.getFileName().toString(), listFolder);
		checkNotCollapsed(download, incoming, replaced, maxDrop);
		Path target = listFolder.resolve(download.getFileName().toString());
		Path backup = listFolder.resolve("replaced")
			.resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
		List<Path[]> moves = new ArrayList<>();
		Path temp = null;
		boolean installedNew = false;
		try {
			temp = Files.createTempFile(listFolder, ".import-", ".tmp");
			Files.copy(download, temp, StandardCopyOption.REPLACE_EXISTING);
			if (!replaced.isEmpty()) {
				Files.createDirectories(backup);
			}
			for (Path old : replaced) {
				Path moved = backup.resolve(old.getFileName());
				Files.move(old, moved);
				moves.add(new Path[] { old, moved });
			}
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			temp = null;
			installedNew = true;
			// The folder as a whole must still load (e.g. an alt.csv needs its sdn.csv).
			this.loader.load(List.of(listFolder));
		}
		catch (IOException | RuntimeException ex) {
			rollBack(installedNew ? target : null, moves, temp);
			if (ex instanceof IOException io) {
				throw new UncheckedIOException("cannot install " + download, io);
			}
			throw (RuntimeException) ex;
		}
		log.info("Installed {} ({} entries) into {}, replacing {}", target.getFileName(), incoming.entries().size(),
				listFolder, replaced);
		return new Installed(incoming, target, replaced, replaced.isEmpty() ? null : backup);
	}

	private void checkNotCollapsed(Path download, LoadedListFile incoming, List<Path> replaced, double maxDrop) {
		if (maxDrop >= 1.0 || replaced.isEmpty()) {
			return;
		}
		long installed = 0;
		for (Path old : replaced) {
			installed += size(this.loader.validate(old), old);
		}
		long now = size(incoming, download);
		if (installed > 0 && now < installed * (1.0 - maxDrop)) {
			throw new ListFormatException(download.getFileName().toString(), 0, String.format(Locale.ROOT,
					"%,d entries, down from %,d in the installed %s (-%.0f %%), more than the drop limit of %.0f %% "
							+ "(shipscreen.parties.max-drop)",
					now, installed, replaced.stream().map((p) -> p.getFileName().toString()).toList(),
					100.0 * (installed - now) / installed, 100.0 * maxDrop));
		}
	}

	/** Entries, or for OFAC alt.csv/add.csv (which only feed sdn.csv) their rows. */
	static long size(LoadedListFile file, Path path) {
		if (file.format() != ListFormat.OFAC_ALT && file.format() != ListFormat.OFAC_ADD) {
			return file.entries().size();
		}
		try (Stream<String> lines = Files.lines(path, java.nio.charset.StandardCharsets.ISO_8859_1)) {
			return lines.filter((line) -> !line.isBlank() && !line.equals("\u001a")).count();
		}
		catch (IOException | UncheckedIOException ex) {
			return 0;
		}
	}

	/** Removes what was installed and moves the superseded files back. */
	private void rollBack(Path installed, List<Path[]> moves, Path temp) {
		try {
			if (temp != null) {
				Files.deleteIfExists(temp);
			}
			if (installed != null) {
				Files.deleteIfExists(installed);
			}
			for (Path[] move : moves) {
				Files.move(move[1], move[0], StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			log.error("Could not fully roll back the list import; check {}", moves, ex);
		}
	}

	private List<Path> superseded(LoadedListFile incoming, String name, Path listFolder) {
		List<Path> replaced = new ArrayList<>();
		try (Stream<Path> files = Files.list(listFolder)) {
			for (Path existing : files.filter(Files::isRegularFile).filter(PartyListLoader::isListFileName).sorted()
				.toList()) {
				if (existing.getFileName().toString().equals(name)) {
					replaced.add(existing);
					continue;
				}
				LoadedListFile current = this.loader.validate(existing);
				if (current.format() != incoming.format()) {
					continue;
				}
				boolean csl = incoming.format() == ListFormat.CSL_CSV || incoming.format() == ListFormat.CSL_JSON;
				if (!csl || incoming.sources().containsAll(current.sources())) {
					replaced.add(existing);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read list folder " + listFolder, ex);
		}
		return replaced;
	}

}
