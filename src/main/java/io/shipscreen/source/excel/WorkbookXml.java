package io.shipscreen.source.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the workbook part ({@code xl/workbook.xml}) says: its sheets in tab order, and whether
 * its dates count from 1904 (old Mac Excel) rather than 1900.
 *
 * @param sheets the sheets, in tab order
 * @param date1904 whether date serial numbers count from 1904-01-01
 */
record WorkbookXml(List<SheetEntry> sheets, boolean date1904) {

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final String STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

	/**
	 * @param name the tab's name
	 * @param relationId the relationship naming the sheet's part
	 */
	record SheetEntry(String name, String relationId) {
	}

	static WorkbookXml read(SecureXml secure, InputStream in) throws IOException, XMLStreamException {
		List<SheetEntry> sheets = new ArrayList<>();
		boolean date1904 = false;
		try (in) {
			XMLStreamReader xml = secure.open(in);
			try {
				while (xml.hasNext()) {
					if (SecureXml.next(xml) != XMLStreamConstants.START_ELEMENT) {
						continue;
					}
					if (xml.getLocalName().equals("sheet")) {
						String id = xml.getAttributeValue(RELATIONSHIPS, "id");
						if (id == null) {
							id = xml.getAttributeValue(STRICT_RELATIONSHIPS, "id");
						}
						sheets.add(new SheetEntry(String.valueOf(xml.getAttributeValue(null, "name")), id));
					}
					else if (xml.getLocalName().equals("workbookPr")) {
						String flag = xml.getAttributeValue(null, "date1904");
						date1904 = "1".equals(flag) || "true".equalsIgnoreCase(flag);
					}
				}
			}
			finally {
				xml.close();
			}
		}
		return new WorkbookXml(List.copyOf(sheets), date1904);
	}

}
