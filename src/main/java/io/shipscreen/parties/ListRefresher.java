package io.shipscreen.parties;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code lists refresh}: downloads each configured source (or one {@code --from}) to a temp
 * file, judges it (not empty, not an HTML error page, a recognised list format, the format the
 * source promises, parsed whole, entry count not collapsed against the installed copy), and only
 * then installs it with {@link ListInstaller}, which keeps the previous copy. A refused download
 * changes nothing: the installed list stays and tonight's run screens against it. Each attempt,
 * installed or refused, is appended with its SHA-256 to {@code refresh.log} in the list folder.
 */
public final class ListRefresher {

	private static final Logger log = LoggerFactory.getLogger(ListRefresher.class);

	/** The audit trail of downloads, beside the lists (not read as a list: not .csv/.json/.xml). */
	public static final String LOG_FILE = "refresh.log";

	private final PartyListLoader loader;

	private final ListRefreshProperties properties;

	private final Clock clock;

	public ListRefresher(PartyListLoader loader, ListRefreshProperties properties, Clock clock) {
		this.loader = loader;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * How one source went.
	 *
	 * @param source the source's name
	 * @param location where it was fetched from
	 * @param installed the installation, or null when refused
	 * @param refusal why it was refused (one line), or null
	 */
	public record Outcome(String source, String location, ListInstaller.Installed installed, String refusal) {

		public boolean refreshed() {
			return this.installed != null;
		}

		/** One line for the console. */
		public String describe() {
			if (this.installed == null) {
				return this.source + ": refused: " + this.refusal + "; the installed list is kept";
			}
			LoadedListFile file = this.installed.file();
			return String.format(Locale.ROOT, "%s: installed %s (%s, snapshot %s, %,d entries, sha256 %s)%s", this.source,
					this.installed.target().getFileName(), file.format().label(), file.snapshotDate(),
					file.entries().size(), file.sha256(),
					this.installed.replaced().isEmpty() ? ""
							: ", replacing " + this.installed.replaced().stream().map((p) -> p.getFileName().toString()).toList()
									+ " (kept in " + this.installed.backupFolder() + ")");
		}

	}

	/** The folder downloads are installed into: the first folder of {@code shipscreen.parties.lists}. */
	public static java.util.Optional<Path> installFolder(List<String> locations) {
		return locations.stream().map(Path::of).filter(Files::isDirectory).findFirst();
	}

	/** Refreshes every configured source, in the configured order. */
	public List<Outcome> refreshAll(Path listFolder) {
		List<Outcome> outcomes = new ArrayList<>();
		for (Map.Entry<String, ListRefreshProperties.Source> source : this.properties.sources().entrySet()) {
			if (!source.getValue().enabled()) {
				continue;
			}
			outcomes.add(refresh(source.getKey(), source.getValue().url(), source.getValue().expectedFormat(),
					listFolder));
		}
		if (outcomes.isEmpty()) {
			throw new IllegalStateException("no list sources configured (shipscreen.parties.sources)");
		}
		return outcomes;
	}

	/** Refreshes one download, named after its file ({@code sdn.csv} → {@code sdn}). */
	public Outcome refreshFrom(String location, Path listFolder) {
		return refresh(stem(location), location, null, listFolder);
	}

	Outcome refresh(String name, String location, ListFormat expected, Path listFolder) {
		Path staging = null;
		Outcome outcome;
		try {
			staging = Files.createTempDirectory("shipscreen-refresh-");
			// named as published, so that every message names the file the operator knows
			Path download = staging.resolve(fileName(location));
			ListDownloader.Download fetched = new ListDownloader(this.properties.timeout()).fetch(location, download);
			LoadedListFile judged = judge(fetched, expected);
			Path named = staging.resolve(installName(name, judged.format()));
			Files.move(download, named);
			ListInstaller.Installed installed = new ListInstaller(this.loader).install(named, listFolder,
					this.properties.maxDrop());
			outcome = new Outcome(name, location, installed, null);
			log.info("list refresh source={} url={} installed={} entries={} sha256={}", name, location,
					installed.target().getFileName(), installed.file().entries().size(), installed.file().sha256());
		}
		catch (ListDownloader.DownloadException | ListFormatException ex) {
			outcome = new Outcome(name, location, null, ex.getMessage());
			log.warn("list refresh source={} url={} refused: {}", name, location, outcome.refusal());
		}
		catch (IOException | UncheckedIOException ex) {
			outcome = new Outcome(name, location, null, "cannot stage the download (" + ex.getMessage() + ")");
			log.warn("list refresh source={} url={} refused: {}", name, location, outcome.refusal(), ex);
		}
		finally {
			deleteQuietly(staging);
		}
		record(listFolder, outcome);
		return outcome;
	}

	/** Everything that can be said about a download before it is offered to the installer. */
	private LoadedListFile judge(ListDownloader.Download fetched, ListFormat expected) throws IOException {
		String file = fetched.file().getFileName().toString();
		long bytes = Files.size(fetched.file());
		if (bytes == 0) {
			throw new ListFormatException(file, 0, "empty download (0 bytes)");
		}
		if (looksLikeHtml(fetched)) {
			throw new ListFormatException(file, 0,
					"an HTML page, not a list file (an error, login or maintenance page?)");
		}
		LoadedListFile loaded = this.loader.validate(fetched.file());
		if (expected != null && loaded.format() != expected) {
			throw new ListFormatException(file, 0,
					"is " + loaded.format().label() + ", but this source must be " + expected.label());
		}
		return loaded;
	}

	/**
	 * An HTML page by its first bytes; a server's {@code text/html} counts only for markup that is
	 * not a UN list (a misconfigured server may label a good CSV as HTML).
	 */
	private static boolean looksLikeHtml(ListDownloader.Download fetched) throws IOException {
		boolean htmlType = fetched.contentType() != null
				&& fetched.contentType().toLowerCase(Locale.ROOT).contains("text/html");
		byte[] head = new byte[512];
		int read;
		try (InputStream in = Files.newInputStream(fetched.file())) {
			read = in.readNBytes(head, 0, head.length);
		}
		String start = new String(head, 0, read, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
		if (start.startsWith("\u00ef\u00bb\u00bf")) {
			start = start.substring(3).stripLeading();
		}
		return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
				|| start.startsWith("<body") || (htmlType && start.startsWith("<") && !start.contains("consolidated_list"));
	}

	private void record(Path listFolder, Outcome outcome) {
		String line = String.join("\t", OffsetDateTime.now(this.clock).withNano(0).toString(), outcome.source(),
				outcome.location(), outcome.refreshed() ? "installed" : "refused",
				outcome.refreshed() ? outcome.installed().target().getFileName().toString() : "",
				outcome.refreshed() ? outcome.installed().file().sha256() : "",
				outcome.refreshed() ? Integer.toString(outcome.installed().file().entries().size()) : "",
				outcome.refreshed() ? "" : outcome.refusal().replaceAll("[\\t\\r\\n]+", " "));
		try {
			Files.writeString(listFolder.resolve(LOG_FILE), line + "\n", StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			log.warn("cannot append to {}: {}", listFolder.resolve(LOG_FILE), ex.toString());
		}
	}

	private static String extension(ListFormat format) {
		return switch (format) {
			case CSL_JSON -> ".json";
			case UN_XML -> ".xml";
			default -> ".csv";
		};
	}

	/**
	 * The installed name: {@code <source>_<download date>.<ext>}, the date being the snapshot date
	 * of files that carry none of their own (sdn.csv, consolidated.csv); a name that already has
	 * a date ({@code --from=ofac_sdn_2024-05-03.csv}) keeps it.
	 */
	private String installName(String name, ListFormat format) {
		if (DATE.matcher(name).find()) {
			return name + extension(format);
		}
		return name + "_" + LocalDate.now(this.clock) + extension(format);
	}

	private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");

	/** {@code https://host/a/sdn.csv?x=1} → {@code sdn.csv}. */
	static String fileName(String location) {
		String path = ListDownloader.isUrl(location) ? URI.create(location).getPath()
				: location.replaceFirst("^file:", "");
		String name = (path != null && !path.isEmpty() && !path.endsWith("/")) ? Path.of(path).getFileName().toString()
				: "download";
		name = name.replaceAll("[^A-Za-z0-9._-]+", "-");
		return (name.isEmpty() || name.startsWith(".")) ? "download" + name : name;
	}

	/** {@code https://host/a/sdn.csv?x=1} → {@code sdn}. */
	static String stem(String location) {
		String name = fileName(location);
		int dot = name.lastIndexOf('.');
		String stem = (dot > 0) ? name.substring(0, dot) : name;
		stem = stem.replaceAll("[^A-Za-z0-9._-]+", "-");
		return stem.isEmpty() ? "download" : stem;
	}

	private static void deleteQuietly(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			log.debug("cannot remove {}", folder, ex);
		}
	}

}
