package io.shipscreen.parties;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * OFAC's legacy CSV files: {@code sdn.csv} (12 columns, no header, {@code -0-} = empty, a lone
 * Ctrl-Z line at the end) and the companion {@code alt.csv} (aliases) and {@code add.csv}
 * (addresses). Where no alt.csv is given, the aliases OFAC also writes into the remarks
 * ("a.k.a. 'BNC'") are used.
 */
final class OfacSdnReader {

	static final int SDN_COLUMNS = 12;

	static final int ALT_COLUMNS = 5;

	static final int ADD_COLUMNS = 6;

	private static final Pattern REMARK_ALIAS = Pattern.compile("\\b[afn]\\.k\\.a\\.,?\\s*'([^']+)'",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern REMARK_COUNTRY = Pattern
		.compile("\\b(?:nationality|citizen|nationality of)\\s+([A-Z][A-Za-z .'-]+?)\\s*(?:[;.]|$)");

	/** One sdn.csv row before the alt/add files are merged in. */
	record SdnRow(String entNum, String name, String type, String programs, String remarks, List<String> remarkAliases,
			Set<String> remarkCountries) {
	}

	/** One alt.csv or add.csv row: the entry number and the value. */
	record Extra(String entNum, String value, String country) {
	}

	List<SdnRow> readSdn(String file, String text) {
		List<SdnRow> rows = new ArrayList<>();
		for (Numbered record : records(file, text, SDN_COLUMNS)) {
			String entNum = value(record.record.get(0));
			String name = value(record.record.get(1));
			if (entNum == null || !entNum.chars().allMatch(Character::isDigit)) {
				throw new ListFormatException(file, record.line, "ent_num '" + record.record.get(0) + "' is not a number");
			}
			if (name == null) {
				throw new ListFormatException(file, record.line, "empty SDN_Name");
			}
			String remarks = value(record.record.get(11));
			List<String> aliases = new ArrayList<>();
			Set<String> countries = new LinkedHashSet<>();
			if (remarks != null) {
				Matcher alias = REMARK_ALIAS.matcher(remarks);
				while (alias.find()) {
					aliases.add(alias.group(1).trim());
				}
				Matcher country = REMARK_COUNTRY.matcher(remarks);
				while (country.find()) {
					Countries.toAlpha2(country.group(1)).ifPresent(countries::add);
				}
			}
			String programs = value(record.record.get(3));
			rows.add(new SdnRow(entNum, name, value(record.record.get(2)),
					(programs != null) ? programs.replace("] [", "; ") : null, remarks, aliases, countries));
		}
		return rows;
	}

	/** alt.csv: ent_num, alt_num, alt_type, alt_name, alt_remarks. */
	List<Extra> readAlt(String file, String text) {
		List<Extra> rows = new ArrayList<>();
		for (Numbered record : records(file, text, ALT_COLUMNS)) {
			String name = value(record.record.get(3));
			if (name != null) {
				rows.add(new Extra(value(record.record.get(0)), name, null));
			}
		}
		return rows;
	}

	/** add.csv: ent_num, add_num, address, city/state/postal, country, add_remarks. */
	List<Extra> readAdd(String file, String text) {
		List<Extra> rows = new ArrayList<>();
		for (Numbered record : records(file, text, ADD_COLUMNS)) {
			List<String> parts = new ArrayList<>();
			for (int i = 2; i <= 4; i++) {
				String part = value(record.record.get(i));
				if (part != null) {
					parts.add(part);
				}
			}
			if (!parts.isEmpty()) {
				String country = Countries.toAlpha2(value(record.record.get(4))).orElse(null);
				rows.add(new Extra(value(record.record.get(0)), String.join(", ", parts), country));
			}
		}
		return rows;
	}

	/** Joins sdn.csv rows with their alt.csv aliases and add.csv addresses. */
	static List<ListEntry> merge(String file, List<SdnRow> rows, Map<String, List<Extra>> alts,
			Map<String, List<Extra>> adds) {
		List<ListEntry> entries = new ArrayList<>(rows.size());
		for (SdnRow row : rows) {
			Set<String> aliases = new LinkedHashSet<>(row.remarkAliases());
			alts.getOrDefault(row.entNum(), List.of()).forEach((alt) -> aliases.add(alt.value()));
			aliases.remove(row.name());
			List<String> addresses = new ArrayList<>();
			Set<String> countries = new LinkedHashSet<>(row.remarkCountries());
			for (Extra add : adds.getOrDefault(row.entNum(), List.of())) {
				addresses.add(add.value());
				if (add.country() != null) {
					countries.add(add.country());
				}
			}
			entries.add(new ListEntry(SourceList.SDN, row.entNum(), row.name(), List.copyOf(aliases),
					(row.type() == null) ? EntryType.ENTITY : EntryType.parse(row.type()), addresses, countries, null,
					null, null, null, row.programs(), file));
		}
		return entries;
	}

	private record Numbered(long line, CSVRecord record) {
	}

	private static List<Numbered> records(String file, String text, int columns) {
		List<Numbered> records = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
			long line = 1;
			try {
				for (CSVRecord record : parser) {
					if (record.size() == 1 && isEndOfFileMark(record.get(0))) {
						continue;
					}
					if (record.size() != columns) {
						throw new ListFormatException(file, line,
								"expected " + columns + " columns, found " + record.size());
					}
					records.add(new Numbered(line, record));
					line = parser.getCurrentLineNumber() + 1;
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
		return records;
	}

	/** The DOS end-of-file mark OFAC still writes, or a blank last line. */
	private static boolean isEndOfFileMark(String value) {
		return value.isBlank() || value.equals("\u001a");
	}

	/** {@code -0-} (with OFAC's trailing space) means empty. */
	static String value(String raw) {
		if (raw == null) {
			return null;
		}
		String trimmed = raw.trim();
		return (trimmed.isEmpty() || trimmed.equals("-0-")) ? null : trimmed;
	}

}
