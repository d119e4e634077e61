package io.shipscreen.parties;

import java.util.Locale;

/** Recognises a list file's format from its first bytes, whatever the file is called. */
final class ListFormatDetector {

	private ListFormatDetector() {
	}

	static ListFormat detect(String file, String text) {
		String head = text.substring(0, Math.min(text.length(), 4096)).stripLeading();
		if (head.startsWith("<")) {
			if (head.contains("CONSOLIDATED_LIST")) {
				return ListFormat.UN_XML;
			}
			throw new ListFormatException(file, 1, "XML but not a UN consolidated list (no <CONSOLIDATED_LIST>)");
		}
		if (head.startsWith("{") || head.startsWith("[")) {
			return ListFormat.CSL_JSON;
		}
		String firstLine = head.lines().findFirst().orElse("");
		String lower = firstLine.toLowerCase(Locale.ROOT);
		if (lower.contains("source") && lower.contains("name") && lower.contains("alt_names")) {
			return ListFormat.CSL_CSV;
		}
		if (firstLine.matches("^\\d+,.*")) {
			int columns = countCsvColumns(firstLine);
			if (columns == OfacSdnReader.SDN_COLUMNS) {
				return ListFormat.OFAC_SDN;
			}
			if (columns == OfacSdnReader.ADD_COLUMNS && firstLine.matches("^\\d+,\\d+,.*")) {
				return ListFormat.OFAC_ADD;
			}
			if (columns == OfacSdnReader.ALT_COLUMNS && firstLine.matches("^\\d+,\\d+,.*")) {
				return ListFormat.OFAC_ALT;
			}
		}
		throw new ListFormatException(file, 1,
				"not a recognised list format (expected CSL CSV/JSON, OFAC sdn.csv/alt.csv/add.csv or UN consolidated XML)");
	}

	/** Columns of one CSV line, honouring quotes. */
	static int countCsvColumns(String line) {
		int columns = 1;
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				columns++;
			}
		}
		return columns;
	}

}
