package io.shipscreen.result;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The text of {@code screened_transaction.fields}: a transaction's input columns and extra columns
 * as {@code name US value} pairs separated by {@code RS}, the extras after a {@code GS} (ASCII
 * unit, record and group separators). Not JSON, because every JSON document has quotes, and
 * Connector/J escapes a string with one character by character: storing each night's rows that way
 * cost more than writing their results. A row whose text holds one of the separators (never seen
 * in an export, but a cell can hold anything) is stored as JSON instead; both read back, and rows
 * stored as JSON by earlier versions still do.
 */
final class StoredFields {

	private static final char UNIT = '\u001F';

	private static final char RECORD = '\u001E';

	private static final char GROUP = '\u001D';

	private static final TypeReference<Map<String, Map<String, String>>> DOCUMENT = new TypeReference<>() {
	};

	private final ObjectMapper json = new ObjectMapper();

	/** The fields and extras of one transaction, as they are read back. */
	record Document(Map<String, String> fields, Map<String, String> extra) {
	}

	String encode(Map<String, String> fields, Map<String, String> extra) {
		if (holdsSeparator(fields) || holdsSeparator(extra)) {
			Map<String, Object> document = new LinkedHashMap<>();
			document.put("fields", fields);
			if (!extra.isEmpty()) {
				document.put("extra", extra);
			}
			try {
				return this.json.writeValueAsString(document);
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		StringBuilder text = new StringBuilder(512);
		append(text, fields);
		if (!extra.isEmpty()) {
			text.append(GROUP);
			append(text, extra);
		}
		return text.toString();
	}

	/**
	 * @throws IllegalArgumentException when the text is neither form (a row edited by hand), with
	 * what is wrong with it
	 */
	Document decode(String text) {
		if (text.startsWith("{")) {
			try {
				Map<String, Map<String, String>> document = this.json.readValue(text, DOCUMENT);
				return new Document(document.getOrDefault("fields", Map.of()), document.getOrDefault("extra", Map.of()));
			}
			catch (JsonProcessingException ex) {
				throw new IllegalArgumentException(ex.getOriginalMessage(), ex);
			}
		}
		int group = text.indexOf(GROUP);
		Map<String, String> fields = pairs((group < 0) ? text : text.substring(0, group));
		Map<String, String> extra = (group < 0) ? Map.of() : pairs(text.substring(group + 1));
		return new Document(fields, extra);
	}

	private static void append(StringBuilder text, Map<String, String> pairs) {
		boolean first = true;
		for (Map.Entry<String, String> pair : pairs.entrySet()) {
			if (!first) {
				text.append(RECORD);
			}
			first = false;
			text.append(pair.getKey()).append(UNIT).append((pair.getValue() != null) ? pair.getValue() : "");
		}
	}

	private static Map<String, String> pairs(String text) {
		Map<String, String> pairs = new LinkedHashMap<>();
		if (text.isEmpty()) {
			return pairs;
		}
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf(RECORD, start);
			if (end < 0) {
				end = text.length();
			}
			int unit = text.indexOf(UNIT, start);
			if (unit < 0 || unit > end) {
				throw new IllegalArgumentException("a field without its value at character " + start);
			}
			pairs.put(text.substring(start, unit), text.substring(unit + 1, end));
			start = end + 1;
		}
		return pairs;
	}

	private static boolean holdsSeparator(Map<String, String> pairs) {
		for (Map.Entry<String, String> pair : pairs.entrySet()) {
			if (holdsSeparator(pair.getKey()) || holdsSeparator(pair.getValue())) {
				return true;
			}
		}
		return false;
	}

	private static boolean holdsSeparator(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == UNIT || c == RECORD || c == GROUP) {
				return true;
			}
		}
		return false;
	}

}
