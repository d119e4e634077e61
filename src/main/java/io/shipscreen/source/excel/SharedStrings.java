package io.shipscreen.source.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A workbook's shared-string table ({@code xl/sharedStrings.xml}), read once per file and kept
 * as plain strings (the sheet is streamed; only this table is held). An index the table does not
 * have is a problem of the cell that uses it, so the sheet goes on past it.
 */
final class SharedStrings {

	private static final SharedStrings NONE = new SharedStrings(new String[0]);

	private final String[] strings;

	private SharedStrings(String[] strings) {
		this.strings = strings;
	}

	/** The table in {@code in}, or an empty one when the workbook has none ({@code null}). */
	static SharedStrings read(SecureXml secure, InputStream in) throws IOException, XMLStreamException {
		if (in == null) {
			return NONE;
		}
		List<String> strings = new ArrayList<>();
		try (in) {
			XMLStreamReader xml = secure.open(in);
			try {
				while (xml.hasNext()) {
					if (SecureXml.next(xml) == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
						String text = SecureXml.richText(xml);
						strings.add((text != null) ? text : "");
					}
				}
			}
			finally {
				xml.close();
			}
		}
		return new SharedStrings(strings.toArray(String[]::new));
	}

	/**
	 * The string a {@code t="s"} cell's {@code <v>} points at.
	 * @throws UnreadableCell when {@code index} is not a number or past the table
	 */
	String at(String index) {
		String text = (index != null) ? index.strip() : "";
		int at;
		try {
			at = Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw new UnreadableCell("refers to shared string '" + XlsxWorkbook.shorten(text)
					+ "', which is not a string-table index (a damaged or hand-made file)");
		}
		if (at < 0 || at >= this.strings.length) {
			throw new UnreadableCell("refers to shared string " + at + ", which the workbook's string table ("
					+ this.strings.length + " strings) does not have (a damaged or hand-made file)");
		}
		return this.strings[at];
	}

}
