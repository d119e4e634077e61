package io.shipscreen.parties;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The good-guy list, {@code config/lists/cleared.csv}: reviewers' documented "not a match"
 * decisions for (party name, list entry) pairs. Party names are compared normalised, so a
 * decision for "HUAWEI TECH. INVESTMENT CO" also covers "Huawei Tech Investment Co.". A
 * decision stops applying when the entry's content fingerprint changes (the list entry was
 * amended). The file is plain CSV that compliance staff may edit; {@link #add} appends to it.
 */
@Component
public class ClearedMatches {

	private static final Logger log = LoggerFactory.getLogger(ClearedMatches.class);

	static final String[] HEADER = { "party_name", "entry_key", "entry_fingerprint", "reviewer", "cleared_on",
			"note" };

	private final Path file;

	private final NameNormalizer normalizer;

	/** Normalised party name + entry key → the latest decision. */
	private final Map<String, Clearance> decisions = new ConcurrentHashMap<>();

	@Autowired
	public ClearedMatches(PartiesProperties properties, NameNormalizer normalizer) {
		this(Path.of(properties.clearedFile()), normalizer);
	}

	ClearedMatches(Path file, NameNormalizer normalizer) {
		this.file = file;
		this.normalizer = normalizer;
		load();
	}

	/** The outcome of looking a pair up. */
	public sealed interface Lookup permits Cleared, Reopened, NotCleared {
	}

	/** Cleared, and the entry is unchanged since. */
	public record Cleared(Clearance clearance) implements Lookup {
	}

	/** Cleared once, but the entry has changed since: flag it again. */
	public record Reopened(Clearance clearance) implements Lookup {
	}

	public record NotCleared() implements Lookup {
	}

	public Lookup lookup(String partyName, ListEntry entry) {
		Clearance clearance = this.decisions.get(key(partyName, entry.key()));
		if (clearance == null) {
			return new NotCleared();
		}
		return clearance.entryFingerprint().equals(entry.fingerprint()) ? new Cleared(clearance)
				: new Reopened(clearance);
	}

	/** Appends a decision to the file (creating it with its header) and applies it at once. */
	public synchronized void add(Clearance clearance) {
		try {
			boolean create = !Files.exists(this.file) || Files.size(this.file) == 0;
			if (this.file.getParent() != null) {
				Files.createDirectories(this.file.getParent());
			}
			StringWriter line = new StringWriter();
			try (CSVPrinter printer = new CSVPrinter(line, CSVFormat.DEFAULT)) {
				if (create) {
					printer.printRecord((Object[]) HEADER);
				}
				printer.printRecord(clearance.partyName(), clearance.entryKey(), clearance.entryFingerprint(),
						clearance.reviewer(), clearance.clearedOn().toString(), clearance.note());
			}
			Files.writeString(this.file, line.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot append to " + this.file, ex);
		}
		this.decisions.put(key(clearance.partyName(), clearance.entryKey()), clearance);
		log.info("Cleared '{}' against {} (by {} on {})", clearance.partyName(), clearance.entryKey(),
				clearance.reviewer(), clearance.clearedOn());
	}

	public List<Clearance> all() {
		return List.copyOf(this.decisions.values());
	}

	public Path file() {
		return this.file;
	}

	private String key(String partyName, String entryKey) {
		return this.normalizer.normalize(partyName).key() + "\u0000" + entryKey;
	}

	/**
	 * Reads the file again: a long-running worker screens tonight's partitions with the decisions
	 * the manager imported since the worker started (the file is shared). Decisions are replaced
	 * one by one, never emptied first, so rows screened meanwhile see the old or the new decision.
	 */
	public synchronized void reload() {
		Map<String, Clearance> current = read();
		this.decisions.putAll(current);
		this.decisions.keySet().retainAll(current.keySet());
	}

	private void load() {
		this.decisions.putAll(read());
		if (Files.exists(this.file)) {
			log.info("Loaded {} cleared matches from {}", this.decisions.size(), this.file);
		}
	}

	private Map<String, Clearance> read() {
		Map<String, Clearance> decisions = new java.util.HashMap<>();
		if (!Files.exists(this.file)) {
			return decisions;
		}
		String name = this.file.getFileName().toString();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = Files.newBufferedReader(this.file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			for (String column : HEADER) {
				if (!parser.getHeaderMap().containsKey(column)) {
					throw new ListFormatException(name, 1, "header lacks column '" + column + "'");
				}
			}
			for (CSVRecord record : parser) {
				long line = parser.getCurrentLineNumber();
				Clearance clearance = parse(name, line, record);
				// Later lines win: a file is a history of decisions.
				decisions.put(key(clearance.partyName(), clearance.entryKey()), clearance);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw new ListFormatException(name, 1, "unreadable (" + ex.getMessage() + ")", ex);
		}
		return decisions;
	}

	private static Clearance parse(String file, long line, CSVRecord record) {
		if (!record.isConsistent()) {
			throw new ListFormatException(file, line, "expected " + HEADER.length + " columns, found " + record.size());
		}
		for (String column : List.of("party_name", "entry_key", "entry_fingerprint", "reviewer", "cleared_on")) {
			if (record.get(column).isBlank()) {
				throw new ListFormatException(file, line, "empty " + column);
			}
		}
		LocalDate date;
		try {
			date = LocalDate.parse(record.get("cleared_on").trim());
		}
		catch (DateTimeParseException ex) {
			throw new ListFormatException(file, line, "cleared_on '" + record.get("cleared_on") + "' is not yyyy-MM-dd");
		}
		return new Clearance(record.get("party_name"), record.get("entry_key").trim(),
				record.get("entry_fingerprint").trim(), record.get("reviewer").trim(), date, record.get("note"));
	}

	/** How a hit's evidence states a clearance: "cleared by … on …", or that it was re-opened. */
	public static Optional<String> describe(Lookup lookup) {
		if (lookup instanceof Cleared cleared) {
			Clearance c = cleared.clearance();
			return Optional.of("cleared by " + c.reviewer() + " on " + c.clearedOn()
					+ (c.note().isBlank() ? "" : " (" + c.note() + ")"));
		}
		if (lookup instanceof Reopened reopened) {
			Clearance c = reopened.clearance();
			return Optional.of("cleared by " + c.reviewer() + " on " + c.clearedOn()
					+ ", re-opened because the list entry has changed since");
		}
		return Optional.empty();
	}

}
