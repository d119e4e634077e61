package io.shipscreen.source.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A worksheet part read one {@code <row>} at a time with a StAX cursor: only the current row's
 * cells are held, whatever the sheet's size. Cells come as written ({@link XmlCell}); resolving
 * shared strings, styles and dates is {@link CellValues}' job, so that a cell it cannot make sense
 * of is a problem of that cell, and the parse goes on.
 */
final class SheetXml implements AutoCloseable {

	private final InputStream in;

	private final XMLStreamReader xml;

	private final List<XmlCell> cells = new ArrayList<>();

	private long rowNumber;

	private boolean ended;

	private SheetXml(InputStream in, XMLStreamReader xml) {
		this.in = in;
		this.xml = xml;
	}

	static SheetXml open(SecureXml secure, InputStream in) throws XMLStreamException {
		return new SheetXml(in, secure.open(in));
	}

	/**
	 * Moves to the next {@code <row>} of the sheet.
	 * @return {@code false} at the end of the sheet
	 */
	boolean nextRow() throws XMLStreamException {
		this.cells.clear();
		while (!this.ended) {
			int event = this.xml.hasNext() ? SecureXml.next(this.xml) : XMLStreamConstants.END_DOCUMENT;
			if (event == XMLStreamConstants.END_DOCUMENT) {
				this.ended = true;
			}
			else if (event == XMLStreamConstants.START_ELEMENT && this.xml.getLocalName().equals("row")) {
				readRow();
				return true;
			}
		}
		return false;
	}

	/** The 1-based sheet row number of the current row. */
	long rowNumber() {
		return this.rowNumber;
	}

	/** The cells of the current row, in sheet order (reused by the next {@link #nextRow}). */
	List<XmlCell> cells() {
		return this.cells;
	}

	private void readRow() throws XMLStreamException {
		String r = this.xml.getAttributeValue(null, "r");
		this.rowNumber = (r != null) ? parseRowNumber(r) : this.rowNumber + 1;
		int column = -1;
		while (true) {
			int event = SecureXml.next(this.xml);
			if (event == XMLStreamConstants.END_ELEMENT) {
				return;
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (this.xml.getLocalName().equals("c")) {
					XmlCell cell = readCell(column + 1);
					column = cell.column();
					this.cells.add(cell);
				}
				else {
					SecureXml.skipElement(this.xml);
				}
			}
		}
	}

	private long parseRowNumber(String r) throws XMLStreamException {
		try {
			return Long.parseLong(r.strip());
		}
		catch (NumberFormatException ex) {
			throw new XMLStreamException("invalid row number r=\"" + XlsxWorkbook.shorten(r) + "\" after row "
					+ this.rowNumber);
		}
	}

	private XmlCell readCell(int nextColumn) throws XMLStreamException {
		String reference = null;
		String type = null;
		String style = null;
		for (int i = 0, n = this.xml.getAttributeCount(); i < n; i++) {
			String name = this.xml.getAttributeLocalName(i);
			if (name.equals("r")) {
				reference = this.xml.getAttributeValue(i);
			}
			else if (name.equals("t")) {
				type = this.xml.getAttributeValue(i);
			}
			else if (name.equals("s")) {
				style = this.xml.getAttributeValue(i);
			}
		}
		String value = null;
		String formula = null;
		String inline = null;
		while (true) {
			int event = SecureXml.next(this.xml);
			if (event == XMLStreamConstants.END_ELEMENT) {
				break;
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = this.xml.getLocalName();
				if (name.equals("v")) {
					value = this.xml.getElementText();
				}
				else if (name.equals("f")) {
					formula = this.xml.getElementText();
				}
				else if (name.equals("is")) {
					inline = SecureXml.richText(this.xml);
					if (inline == null) {
						inline = "";
					}
				}
				else {
					SecureXml.skipElement(this.xml);
				}
			}
		}
		return new XmlCell(column(reference, nextColumn), type, styleIndex(style), value, formula, inline);
	}

	/** The column of {@code A1}-style {@code reference}: its letters, base 26. */
	private static int column(String reference, int nextColumn) throws XMLStreamException {
		if (reference == null) {
			return nextColumn;
		}
		int column = 0;
		int i = 0;
		for (; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				column = column * 26 + (c - 'A' + 1);
			}
			else if (c >= 'a' && c <= 'z') {
				column = column * 26 + (c - 'a' + 1);
			}
			else {
				break;
			}
			if (column > 1 << 20) {
				break;
			}
		}
		if (i == 0 || column > 1 << 20) {
			throw new XMLStreamException("invalid cell reference r=\"" + XlsxWorkbook.shorten(reference) + "\"");
		}
		return column - 1;
	}

	private static int styleIndex(String style) {
		if (style == null) {
			return 0;
		}
		try {
			return Integer.parseInt(style.strip());
		}
		catch (NumberFormatException ex) {
			// a style that cannot be looked up formats nothing: the cell's value is still its own
			return -1;
		}
	}

	@Override
	public void close() {
		try {
			this.xml.close();
		}
		catch (XMLStreamException ex) {
			// closing a cursor only releases buffers
		}
		try {
			this.in.close();
		}
		catch (IOException ex) {
			// the part's stream is read-only; nothing to report
		}
	}

}
