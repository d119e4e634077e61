package io.shipscreen.parties;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The trade.gov Consolidated Screening List CSV (the 29-column download, or the older export
 * without {@code _id}). Multi-valued fields are {@code "; "}-joined; addresses end with the
 * ISO country code.
 */
final class CslCsvReader {

	private static final List<String> REQUIRED = List.of("source", "name", "alt_names", "addresses");

	List<ListEntry> read(String file, String text) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		List<ListEntry> entries = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			Map<String, Integer> header = parser.getHeaderMap();
			for (String column : REQUIRED) {
				if (!header.containsKey(column)) {
					throw new ListFormatException(file, 1, "CSL CSV header lacks column '" + column + "'");
				}
			}
			long line = 1;
			try {
				for (CSVRecord record : parser) {
					line = parser.getCurrentLineNumber();
					if (record.size() != header.size()) {
						throw new ListFormatException(file, line,
								"expected " + header.size() + " columns, found " + record.size());
					}
					entries.add(toEntry(file, line, record));
				}
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				throw new ListFormatException(file, parser.getCurrentLineNumber() + 1,
						"unreadable CSV (" + CslCsvReader.rootMessage(ex) + ")", ex);
			}
		}
		catch (IOException ex) {
			throw new ListFormatException(file, 1, "unreadable CSV (" + ex.getMessage() + ")", ex);
		}
		return entries;
	}

	private ListEntry toEntry(String file, long line, CSVRecord record) {
		String name = get(record, "name");
		if (name == null) {
			throw new ListFormatException(file, line, "empty name");
		}
		SourceList list = SourceList.fromCslSource(get(record, "source"));
		List<String> addresses = split(get(record, "addresses"));
		Set<String> countries = new LinkedHashSet<>();
		addresses.forEach((address) -> countryOfAddress(address).ifPresent(countries::add));
		for (String column : List.of("nationalities", "citizenships")) {
			split(get(record, column)).forEach((value) -> Countries.toAlpha2(value).ifPresent(countries::add));
		}
		String id = firstNonNull(get(record, "entity_number"), get(record, "_id"));
		if (id == null) {
			// The extract and some CSL rows carry no id: a content hash keeps the key stable.
			id = ListEntry.sha256(list + "|" + name + "|" + String.join(";", addresses)).substring(0, 12);
		}
		return new ListEntry(list, id, name, split(get(record, "alt_names")), EntryType.parse(get(record, "type")),
				addresses, countries, get(record, "federal_register_notice"), get(record, "start_date"),
				get(record, "license_requirement"), get(record, "license_policy"), get(record, "programs"), file);
	}

	/** The ISO code that ends a CSL address ("..., Yerevan, Armenia, AM"). */
	static java.util.Optional<String> countryOfAddress(String address) {
		int comma = address.lastIndexOf(',');
		String last = address.substring(comma + 1).trim();
		return Countries.toAlpha2(last);
	}

	static List<String> split(String value) {
		if (value == null) {
			return List.of();
		}
		List<String> parts = new ArrayList<>();
		for (String part : value.split(";\\s*")) {
			if (!part.isBlank()) {
				parts.add(part.trim());
			}
		}
		return parts;
	}

	private static String get(CSVRecord record, String column) {
		if (!record.isMapped(column)) {
			return null;
		}
		String value = record.get(column);
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static String firstNonNull(String first, String second) {
		return (first != null) ? first : second;
	}

	static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage()).replaceAll("\\s+", " ");
	}

}
