package io.shipscreen.parties;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The word tables the name matcher reads: legal forms, abbreviations, weighting words, the
 * given-name spellings, the name particles, the script tables (Arabic-script and Hebrew names, the
 * Arabic-script romanisations and organisation words, Japanese names, Korean family names, the pinyin of Chinese words ICU misreads), the CJK business-word glossary
 * and the brand aliases. They live in {@code config/names/} (each with its
 * sources) and are packaged into the jar under {@code names/}. A malformed row fails the start
 * with the file, the line and the reason.
 */
public record NameTables(List<List<String>> legalForms, Map<String, String> abbreviations,
		Map<String, String> givenNames,
		List<List<String>> weightingWords, Map<String, String> arabicScriptWords, Map<String, String> hebrewNames,
		Map<String, String> japaneseNames, Map<String, String> koreanSurnames, List<String[]> cjkGlossary,
		List<String[]> brandAliases, List<List<String>> arabicRomanisation, Map<String, String> nameParticles,
		Map<String, String> arabicGlossary, Map<String, List<String>> koreanSurnameSpellings,
		List<List<String>> pinyinWords) {

	/** The tables shipped in the jar. */
	public static NameTables bundled() {
		return new NameTables(rows("legal-forms.csv", 3), pairs("abbreviations.csv"), pairs("given-names.csv"),
				rows("weighting-words.csv", 3),
				pairs("arabic-script-words.csv"), pairs("hebrew-names.csv"), pairs("japanese-names.csv"),
				pairs("korean-surnames.csv"), replacements("cjk-glossary.csv"), replacements("brand-aliases.csv"),
				rows("arabic-romanisation.csv", 3), pairs("name-particles.csv"),
				pairs("arabic-glossary.csv"), spellings("korean-surnames.csv"), rows("pinyin-words.csv", 3));
	}

	/** Second column → the spellings of the third (space-separated), merged where two rows share one. */
	private static Map<String, List<String>> spellings(String file) {
		Map<String, java.util.Set<String>> map = new LinkedHashMap<>();
		for (List<String> row : rows(file, 2)) {
			java.util.Set<String> spellings = map.computeIfAbsent(row.get(1), (k) -> new java.util.LinkedHashSet<>());
			spellings.add(row.get(1));
			if (row.size() > 2) {
				for (String spelling : row.get(2).split("\\s+")) {
					if (spelling.length() >= 2) {
						spellings.add(spelling);
					}
				}
			}
		}
		Map<String, List<String>> out = new LinkedHashMap<>();
		map.forEach((latin, spellings) -> out.put(latin, List.copyOf(spellings)));
		return Map.copyOf(out);
	}

	private static Map<String, String> pairs(String file) {
		Map<String, String> map = new LinkedHashMap<>();
		for (List<String> row : rows(file, 2)) {
			map.putIfAbsent(row.get(0), row.get(1));
		}
		return Map.copyOf(map);
	}

	/** Written form → replacement, longest written form first (so 股份有限公司 wins over 有限公司). */
	private static List<String[]> replacements(String file) {
		List<String[]> list = new ArrayList<>();
		for (List<String> row : rows(file, 2)) {
			list.add(new String[] { row.get(0), " " + row.get(1) + " " });
		}
		list.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
		return List.copyOf(list);
	}

	static List<List<String>> rows(String file, int columns) {
		String resource = "/names/" + file;
		try (InputStream in = NameTables.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("name table " + resource + " is missing from the classpath");
			}
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
					CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder()
						.setHeader()
						.setSkipHeaderRecord(true)
						.setCommentMarker('#')
						.setIgnoreEmptyLines(true)
						.setTrim(true)
						.get())) {
				List<List<String>> rows = new ArrayList<>();
				for (CSVRecord record : parser) {
					if (record.size() < columns || record.get(0).isEmpty() || record.get(1).isEmpty()) {
						throw new IllegalStateException("name table " + file + " line " + parser.getCurrentLineNumber()
								+ ": expected " + columns + " non-empty columns");
					}
					rows.add(record.toList());
				}
				return List.copyOf(rows);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("name table " + resource + " cannot be read", ex);
		}
	}

}
