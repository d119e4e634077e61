package io.shipscreen.source.excel;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

import io.shipscreen.source.InputFileException;
import io.shipscreen.transaction.Column;
import io.shipscreen.transaction.RawCell;
import io.shipscreen.transaction.RawRow;
import io.shipscreen.transaction.RowProblem;
import io.shipscreen.transaction.SourceRef;

/**
 * One input workbook opened for streaming: the zip is read in place (POI's package, with its
 * zip-bomb limits), the shared-string table and the cell formats are read once, and the
 * {@code Transactions} sheet (or the first) is parsed one row at a time ({@link SheetXml}). The
 * header row is mapped, and each further row turned into a {@link RawRow}. A cell whose value
 * cannot be known (a formula without a saved result, a shared string the table does not have, a
 * cell type no program writes) is a reject of its row naming the cell; only what stops the parse
 * (a damaged zip or XML, a DTD) fails the file. Not thread-safe: one reader thread per workbook.
 */
final class XlsxWorkbook implements AutoCloseable {

	static final String SHEET_NAME = "Transactions";

	private final String fileName;

	private final OPCPackage container;

	private final SheetXml rows;

	private final CellValues values;

	private final HeaderMap header;

	private XlsxWorkbook(String fileName, OPCPackage container, SheetXml rows, CellValues values, HeaderMap header) {
		this.fileName = fileName;
		this.container = container;
		this.rows = rows;
		this.values = values;
		this.header = header;
	}

	/**
	 * Opens {@code file}, or fails with one line naming it and saying why.
	 * @throws InputFileException when the file is not a readable xlsx with a usable header
	 */
	static XlsxWorkbook open(File file) {
		String name = file.getName();
		checkContainer(file, name);
		OPCPackage container;
		try {
			container = OPCPackage.open(file, PackageAccess.READ);
		}
		catch (OpenXML4JException | RuntimeException ex) {
			throw new InputFileException(name, describe(ex), ex);
		}
		SheetXml rows = null;
		try {
			SecureXml xml = new SecureXml();
			XSSFReader parts = new XSSFReader(container);
			WorkbookXml workbook = WorkbookXml.read(xml, parts.getWorkbookData());
			WorkbookXml.SheetEntry sheet = transactionsSheet(workbook, name);
			CellValues values = new CellValues(SharedStrings.read(xml, parts.getSharedStringsData()),
					parts.getStylesTable(), workbook.date1904());
			rows = SheetXml.open(xml, parts.getSheet(sheet.relationId()));
			HeaderMap header = readHeader(rows, values, name);
			return new XlsxWorkbook(name, container, rows, values, header);
		}
		catch (InputFileException ex) {
			close(rows, container);
			throw ex;
		}
		catch (IOException | XMLStreamException | OpenXML4JException | RuntimeException ex) {
			close(rows, container);
			throw new InputFileException(name, describe(ex), ex);
		}
	}

	/** Tells an encrypted workbook, a legacy .xls or a non-workbook apart before POI tries. */
	private static void checkContainer(File file, String name) {
		if (!file.isFile()) {
			throw new InputFileException(name, "file not found");
		}
		byte[] magic = new byte[4];
		int read;
		try (InputStream in = Files.newInputStream(file.toPath())) {
			read = in.readNBytes(magic, 0, 4);
		}
		catch (IOException ex) {
			throw new InputFileException(name, "cannot be read: " + ex.getMessage(), ex);
		}
		if (read == 0) {
			throw new InputFileException(name, "empty file (0 bytes)");
		}
		if (read == 4 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF && (magic[2] & 0xFF) == 0x11
				&& (magic[3] & 0xFF) == 0xE0) {
			throw new InputFileException(name, "password-protected workbook or legacy .xls file: "
					+ "save it as an unencrypted .xlsx workbook");
		}
		if (read < 4 || magic[0] != 'P' || magic[1] != 'K') {
			throw new InputFileException(name, "not an .xlsx workbook (not a zip file)");
		}
	}

	private static WorkbookXml.SheetEntry transactionsSheet(WorkbookXml workbook, String name) {
		if (workbook.sheets().isEmpty()) {
			throw new InputFileException(name, "workbook has no sheets");
		}
		for (WorkbookXml.SheetEntry sheet : workbook.sheets()) {
			if (sheet.name().equalsIgnoreCase(SHEET_NAME)) {
				return sheet;
			}
		}
		return workbook.sheets().get(0);
	}

	private static HeaderMap readHeader(SheetXml rows, CellValues values, String name) throws XMLStreamException {
		if (!rows.nextRow()) {
			throw new InputFileException(name, "sheet is empty: no header row");
		}
		if (rows.rowNumber() != 1) {
			throw new InputFileException(name, "no header in row 1 (the header must be the first row)");
		}
		Map<Integer, Column> columns = new HashMap<>();
		Map<Integer, String> extras = new HashMap<>();
		Map<Integer, String> headers = new LinkedHashMap<>();
		Map<Column, Integer> seen = new HashMap<>();
		for (XmlCell cell : rows.cells()) {
			Object value;
			try {
				value = values.value(cell);
			}
			catch (UnreadableCell ex) {
				// no header, no column: the whole file cannot be mapped
				throw new InputFileException(name, "header cell " + position(cell, 1) + " " + ex.reason());
			}
			if (value == null) {
				continue;
			}
			String text = value.toString().strip();
			int index = cell.column();
			headers.put(index, text);
			Column column = Column.forHeader(text).orElse(null);
			if (column == null) {
				extras.put(index, text);
				continue;
			}
			Integer previous = seen.putIfAbsent(column, index);
			if (previous != null) {
				throw new InputFileException(name, "header names column " + column.header() + " twice (columns "
						+ CellReference.convertNumToColString(previous) + " and "
						+ CellReference.convertNumToColString(index) + ")");
			}
			columns.put(index, column);
		}
		HeaderMap header = new HeaderMap(columns, extras, headers);
		if (columns.isEmpty()) {
			throw new InputFileException(name, "no usable header in row 1 (expected columns such as "
					+ "transaction_id, order_date, item_description, ...)");
		}
		if (!header.missingRequired().isEmpty()) {
			throw new InputFileException(name,
					"missing required column(s): " + HeaderMap.names(header.missingRequired()));
		}
		return header;
	}

	/** The next data row with any content, or {@code null} at the end of the sheet. */
	RawRow next() {
		while (nextRow()) {
			RawRow raw = toRawRow();
			if (raw != null) {
				return raw;
			}
		}
		return null;
	}

	/*
	 * The sheet XML is parsed a row at a time: what stops the parse (a DTD further down, a truncated
	 * part) fails the file by name, on the screen step's reads as in checkInputs, never as the
	 * parser's raw text.
	 */
	private boolean nextRow() {
		try {
			return this.rows.nextRow();
		}
		catch (XMLStreamException | RuntimeException ex) {
			throw new InputFileException(this.fileName, describe(ex), ex);
		}
	}

	/**
	 * Skips to the end of the sheet, counting the data rows {@link #next} would return (a row with a
	 * value, or a cell that cannot be read, under a header), without building them: the first step's
	 * check reads every row too.
	 */
	long countRows() {
		long count = 0;
		while (nextRow()) {
			if (hasData()) {
				count++;
			}
		}
		return count;
	}

	private boolean hasData() {
		for (XmlCell cell : this.rows.cells()) {
			int index = cell.column();
			if (this.header.columns().containsKey(index) || this.header.extras().containsKey(index)) {
				try {
					if (this.values.value(cell) != null) {
						return true;
					}
				}
				catch (UnreadableCell ex) {
					// a reject of its row: a row all the same
					return true;
				}
			}
		}
		return false;
	}

	private RawRow toRawRow() {
		Map<Column, RawCell> cells = new HashMap<>();
		Map<String, String> extra = new LinkedHashMap<>();
		List<RowProblem> unreadable = new ArrayList<>();
		long rowNumber = this.rows.rowNumber();
		for (XmlCell cell : this.rows.cells()) {
			int index = cell.column();
			Column column = this.header.columns().get(index);
			if (column == null && !this.header.extras().containsKey(index)) {
				// under no header: not part of the row
				continue;
			}
			Object value;
			try {
				value = this.values.value(cell);
			}
			catch (UnreadableCell ex) {
				// one cell the reader cannot make sense of rejects its row, never the file
				unreadable.add(new RowProblem(this.header.headers().get(index), position(cell, rowNumber), null,
						ex.reason()));
				continue;
			}
			if (value == null) {
				continue;
			}
			if (column != null) {
				cells.put(column, new RawCell(this.header.headers().get(index), position(cell, rowNumber), value));
			}
			else {
				extra.put(this.header.extras().get(index), value.toString());
			}
		}
		if (cells.isEmpty() && extra.isEmpty() && unreadable.isEmpty()) {
			return null;
		}
		return new RawRow(SourceRef.ofRow(this.fileName, rowNumber), cells, extra, unreadable);
	}

	private static String position(XmlCell cell, long rowNumber) {
		return CellReference.convertNumToColString(cell.column()) + rowNumber;
	}

	String fileName() {
		return this.fileName;
	}

	@Override
	public void close() {
		close(this.rows, this.container);
	}

	private static void close(SheetXml rows, OPCPackage container) {
		if (rows != null) {
			rows.close();
		}
		// read-only: revert releases the zip without writing anything back
		container.revert();
	}

	/** The innermost useful message of a POI failure, on one line. */
	static String describe(Throwable ex) {
		Throwable root = ex;
		StringBuilder all = new StringBuilder();
		for (Throwable t = ex; t != null; t = t.getCause()) {
			all.append(' ').append(t.getMessage());
			root = t;
		}
		String text = all.toString();
		if (text.contains("Zip bomb")) {
			return "rejected as a possible zip bomb (it expands far more than a normal workbook)";
		}
		// the parsers ignore DTDs, so an entity they declare surfaces as an undeclared one
		if (text.contains(SecureXml.DTD_REFUSED) || text.contains("DOCTYPE") || text.contains("DTD")
				|| text.contains("External Entity") || text.contains("general entity")) {
			return "sheet XML declares a DTD or external entity, which is refused for safety";
		}
		if (text.contains("truncated") || text.contains("Unexpected end") || text.contains("EOF")
				|| text.contains("invalid") || text.contains("ZipException")) {
			return "corrupt or truncated workbook (" + oneLine(root) + ")";
		}
		return "cannot be read as an .xlsx workbook (" + oneLine(root) + ")";
	}

	private static String oneLine(Throwable ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		message = message.replaceAll("\\s*\\R\\s*", " ").trim();
		return (message.length() > 200) ? message.substring(0, 200) + "..." : message;
	}

	/** {@code text} cut to a length a one-line message can carry. */
	static String shorten(String text) {
		String line = text.replaceAll("\\s*\\R\\s*", " ");
		return (line.length() > 60) ? line.substring(0, 60) + "..." : line;
	}

}
