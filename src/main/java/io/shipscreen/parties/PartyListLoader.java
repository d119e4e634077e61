package io.shipscreen.parties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads list files and folders of them. Each file's format is recognised from its content; OFAC
 * alt.csv/add.csv files are joined to the sdn.csv in the same folder. Any malformed file fails
 * the whole load with a {@link ListFormatException} naming file, line and reason.
 */
public final class PartyListLoader {

	private static final Logger log = LoggerFactory.getLogger(PartyListLoader.class);

	private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4}-\\d{2}(?:-\\d{2})?)");

	private final CslCsvReader cslCsv = new CslCsvReader();

	private final CslJsonReader cslJson = new CslJsonReader();

	private final OfacSdnReader ofac = new OfacSdnReader();

	private final UnXmlReader un = new UnXmlReader();

	/** Loads every list file in {@code locations} (files, or folders read one level deep). */
	public PartyListSnapshot load(List<Path> locations) {
		List<Path> files = new ArrayList<>();
		for (Path location : locations) {
			if (Files.isDirectory(location)) {
				try (Stream<Path> children = Files.list(location)) {
					children.filter(Files::isRegularFile).filter(PartyListLoader::isListFileName).sorted().forEach(files::add);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("cannot read list folder " + location, ex);
				}
			}
			else if (Files.isRegularFile(location)) {
				files.add(location);
			}
			else {
				throw new ListFormatException(location.toString(), 0, "no such list file or folder");
			}
		}
		return loadFiles(files);
	}

	/** Files we try to read in a list folder: data files, not the notes, the good-guy list or backups. */
	static boolean isListFileName(Path path) {
		String name = path.getFileName().toString().toLowerCase();
		boolean data = name.endsWith(".csv") || name.endsWith(".json") || name.endsWith(".xml");
		return data && !name.startsWith("cleared") && !name.startsWith(".");
	}

	PartyListSnapshot loadFiles(List<Path> files) {
		List<LoadedListFile> loaded = new ArrayList<>();
		List<ListEntry> entries = new ArrayList<>();
		Map<Path, List<Parsed>> ofacByFolder = new LinkedHashMap<>();
		for (Path file : files) {
			Parsed parsed = parse(file);
			if (parsed.format == ListFormat.OFAC_SDN || parsed.format == ListFormat.OFAC_ALT
					|| parsed.format == ListFormat.OFAC_ADD) {
				ofacByFolder.computeIfAbsent(folder(file), (k) -> new ArrayList<>()).add(parsed);
			}
			else {
				loaded.add(parsed.file);
				entries.addAll(parsed.file.entries());
			}
		}
		for (List<Parsed> group : ofacByFolder.values()) {
			loaded.addAll(joinOfac(group, entries));
		}
		PartyListSnapshot snapshot = new PartyListSnapshot(loaded, entries);
		for (LoadedListFile file : snapshot.files()) {
			log.info("Loaded {} ({}, snapshot {}): {} entries, {} aliases, sha256 {}", file.file(),
					file.format().label(), file.snapshotDate(), file.entries().size(), file.aliasCount(),
					file.sha256().substring(0, 12));
		}
		return snapshot;
	}

	/** Reads and validates one file on its own (used by {@code lists import}). */
	public LoadedListFile validate(Path file) {
		Parsed parsed = parse(file);
		if (parsed.format == ListFormat.OFAC_SDN) {
			return joinOfac(List.of(parsed), new ArrayList<>()).get(0);
		}
		return parsed.file;
	}

	private static Path folder(Path file) {
		Path parent = file.toAbsolutePath().getParent();
		return (parent != null) ? parent : Path.of(".");
	}

	private List<LoadedListFile> joinOfac(List<Parsed> group, List<ListEntry> entries) {
		Map<String, List<OfacSdnReader.Extra>> alts = new LinkedHashMap<>();
		Map<String, List<OfacSdnReader.Extra>> adds = new LinkedHashMap<>();
		for (Parsed parsed : group) {
			if (parsed.alt != null) {
				parsed.alt.forEach((alt) -> alts.computeIfAbsent(alt.entNum(), (k) -> new ArrayList<>()).add(alt));
			}
			if (parsed.add != null) {
				parsed.add.forEach((add) -> adds.computeIfAbsent(add.entNum(), (k) -> new ArrayList<>()).add(add));
			}
		}
		List<LoadedListFile> files = new ArrayList<>();
		for (Parsed parsed : group) {
			if (parsed.format == ListFormat.OFAC_SDN) {
				List<ListEntry> merged = OfacSdnReader.merge(parsed.file.file(), parsed.sdn, alts, adds);
				entries.addAll(merged);
				files.add(new LoadedListFile(parsed.file.file(), parsed.format, parsed.file.sha256(),
						parsed.file.snapshotDate(), merged));
			}
			else {
				files.add(parsed.file);
			}
		}
		return files;
	}

	private static final class Parsed {

		ListFormat format;

		LoadedListFile file;

		List<OfacSdnReader.SdnRow> sdn;

		List<OfacSdnReader.Extra> alt;

		List<OfacSdnReader.Extra> add;

	}

	private Parsed parse(Path path) {
		String name = path.getFileName().toString();
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new ListFormatException(name, 0, "cannot read (" + ex.getMessage() + ")", ex);
		}
		String text = decode(name, bytes);
		String sha256 = HexFormat.of().formatHex(sha256(bytes));
		Parsed parsed = new Parsed();
		parsed.format = ListFormatDetector.detect(name, text);
		String date = dateOf(path);
		List<ListEntry> entries = List.of();
		switch (parsed.format) {
			case CSL_CSV -> entries = this.cslCsv.read(name, text);
			case CSL_JSON -> entries = this.cslJson.read(name, text);
			case UN_XML -> {
				UnXmlReader.Result result = this.un.read(name, text);
				entries = result.entries();
				if (result.dateGenerated() != null) {
					date = result.dateGenerated();
				}
			}
			case OFAC_SDN -> parsed.sdn = this.ofac.readSdn(name, text);
			case OFAC_ALT -> parsed.alt = this.ofac.readAlt(name, text);
			case OFAC_ADD -> parsed.add = this.ofac.readAdd(name, text);
		}
		if (!DATE_IN_NAME.matcher(name).find() && (parsed.format == ListFormat.CSL_CSV
				|| parsed.format == ListFormat.CSL_JSON)) {
			// A file's modification time means nothing after a git clone; the newest listing
			// date in the file is a lower bound of its publication date.
			date = entries.stream()
				.map(ListEntry::startDate)
				.filter((d) -> d != null && d.matches("\\d{4}-\\d{2}-\\d{2}.*"))
				.map((d) -> d.substring(0, 10))
				.max(String::compareTo)
				.map((d) -> "after " + d)
				.orElse(date);
		}
		if (parsed.format != ListFormat.OFAC_ALT && parsed.format != ListFormat.OFAC_ADD && entries.isEmpty()
				&& (parsed.sdn == null || parsed.sdn.isEmpty())) {
			throw new ListFormatException(name, 1, "no entries");
		}
		parsed.file = new LoadedListFile(name, parsed.format, sha256, date, entries);
		return parsed;
	}

	/** UTF-8 (with or without BOM); OFAC's files are Windows-1252 where not plain ASCII. */
	private static String decode(String file, byte[] bytes) {
		int offset = (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
				&& bytes[2] == (byte) 0xBF) ? 3 : 0;
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, offset, bytes.length - offset, java.nio.charset.Charset.forName("windows-1252"));
		}
	}

	private static String dateOf(Path path) {
		Matcher matcher = DATE_IN_NAME.matcher(path.getFileName().toString());
		if (matcher.find()) {
			return matcher.group(1);
		}
		try {
			return LocalDate.ofInstant(Files.getLastModifiedTime(path).toInstant(), ZoneOffset.UTC).toString();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
