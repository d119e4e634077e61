package io.shipscreen.source.excel;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

import io.shipscreen.source.InputFileException;
import io.shipscreen.transaction.Column;
import io.shipscreen.transaction.RawCell;
import io.shipscreen.transaction.RawRow;
import io.shipscreen.transaction.RowProblem;
import io.shipscreen.transaction.SourceRef;

/**
 * One input workbook opened for streaming (excel-streaming-reader: one window of rows in memory,
 * opened from a {@link File} so POI never buffers whole zip entries). Finds the
 * {@code Transactions} sheet (or the first), maps the header row, and turns each further row
 * into a {@link RawRow}. Not thread-safe: one reader thread per workbook.
 */
final class XlsxWorkbook implements AutoCloseable {

	static final String SHEET_NAME = "Transactions";

	private final String fileName;

	private final Workbook workbook;

	private final Iterator<Row> rows;

	private final HeaderMap header;

	/** Whether a cell style is a date format, by style index: POI's check is costly per cell. */
	private final Map<Integer, Boolean> dateStyles = new HashMap<>();

	private XlsxWorkbook(String fileName, Workbook workbook, Iterator<Row> rows, HeaderMap header) {
		this.fileName = fileName;
		this.workbook = workbook;
		this.rows = rows;
		this.header = header;
	}

	/**
	 * Opens {@code file}, or fails with one line naming it and saying why.
	 * @throws InputFileException when the file is not a readable xlsx with a usable header
	 */
	static XlsxWorkbook open(File file) {
		String name = file.getName();
		checkContainer(file, name);
		Workbook workbook;
		try {
			workbook = StreamingReader.builder().rowCacheSize(200).bufferSize(8192).setReadStyles(true).open(file);
		}
		catch (RuntimeException ex) {
			throw new InputFileException(name, describe(ex), ex);
		}
		try {
			Sheet sheet = transactionsSheet(workbook, name);
			Iterator<Row> rows = sheet.rowIterator();
			HeaderMap header = readHeader(rows, name);
			return new XlsxWorkbook(name, workbook, rows, header);
		}
		catch (RuntimeException ex) {
			closeQuietly(workbook);
			throw (ex instanceof InputFileException) ? ex : new InputFileException(name, describe(ex), ex);
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

	private static Sheet transactionsSheet(Workbook workbook, String name) {
		if (workbook.getNumberOfSheets() == 0) {
			throw new InputFileException(name, "workbook has no sheets");
		}
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			if (workbook.getSheetName(i).equalsIgnoreCase(SHEET_NAME)) {
				return workbook.getSheetAt(i);
			}
		}
		return workbook.getSheetAt(0);
	}

	private static HeaderMap readHeader(Iterator<Row> rows, String name) {
		if (!rows.hasNext()) {
			throw new InputFileException(name, "sheet is empty: no header row");
		}
		Row first = rows.next();
		if (first.getRowNum() != 0) {
			throw new InputFileException(name, "no header in row 1 (the header must be the first row)");
		}
		Map<Integer, Column> columns = new HashMap<>();
		Map<Integer, String> extras = new HashMap<>();
		Map<Integer, String> headers = new LinkedHashMap<>();
		Map<Column, Integer> seen = new HashMap<>();
		for (Cell cell : first) {
			Object value = value(cell, new HashMap<>());
			if (value == null) {
				continue;
			}
			String text = value.toString().strip();
			int index = cell.getColumnIndex();
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
		while (hasNextRow()) {
			Row row = nextRow();
			RawRow raw = toRawRow(row);
			if (raw != null) {
				return raw;
			}
		}
		return null;
	}

	/*
	 * The sheet XML is parsed a window of rows at a time: a problem found there (a DTD further down,
	 * a broken shared-string index, a truncated part) fails the file by name, on the screen step's
	 * reads as in checkInputs, never as the parser's raw text.
	 */
	private boolean hasNextRow() {
		try {
			return this.rows.hasNext();
		}
		catch (RuntimeException ex) {
			throw new InputFileException(this.fileName, describe(ex), ex);
		}
	}

	private Row nextRow() {
		try {
			return this.rows.next();
		}
		catch (RuntimeException ex) {
			throw new InputFileException(this.fileName, describe(ex), ex);
		}
	}

	/**
	 * Skips to the end of the sheet, counting the data rows {@link #next} would return (a row with a
	 * value under a header), without building them: the first step's check reads every row too.
	 */
	long countRows() {
		long count = 0;
		while (this.rows.hasNext()) {
			if (hasData(this.rows.next())) {
				count++;
			}
		}
		return count;
	}

	private boolean hasData(Row row) {
		for (Cell cell : row) {
			int index = cell.getColumnIndex();
			if ((this.header.columns().containsKey(index) || this.header.extras().containsKey(index))
					&& (unreadable(cell) || value(cell, this.dateStyles) != null)) {
				return true;
			}
		}
		return false;
	}

	/** A cell {@link #next} reports as a reject of its row (a formula without a result, ...): a row all the same. */
	private boolean unreadable(Cell cell) {
		try {
			value(cell, this.dateStyles);
			return false;
		}
		catch (RuntimeException ex) {
			return true;
		}
	}

	private RawRow toRawRow(Row row) {
		Map<Column, RawCell> cells = new HashMap<>();
		Map<String, String> extra = new LinkedHashMap<>();
		List<RowProblem> unreadable = new ArrayList<>();
		for (Cell cell : row) {
			int index = cell.getColumnIndex();
			Column column = this.header.columns().get(index);
			if (column == null && !this.header.extras().containsKey(index)) {
				// under no header: not part of the row
				continue;
			}
			String position = CellReference.convertNumToColString(index) + (row.getRowNum() + 1);
			Object value;
			try {
				value = value(cell, this.dateStyles);
			}
			catch (RuntimeException ex) {
				// one cell the reader cannot make sense of rejects its row, never the file
				unreadable.add(new RowProblem(this.header.headers().get(index), position, null, unreadableReason(cell, ex)));
				continue;
			}
			if (value == null) {
				continue;
			}
			if (column != null) {
				cells.put(column, new RawCell(this.header.headers().get(index), position, value));
			}
			else {
				extra.put(this.header.extras().get(index), value.toString());
			}
		}
		if (cells.isEmpty() && extra.isEmpty() && unreadable.isEmpty()) {
			return null;
		}
		return new RawRow(SourceRef.ofRow(this.fileName, row.getRowNum() + 1L), cells, extra, unreadable);
	}

	/** Why a cell cannot be read, for the rejects report (the cell itself is named beside it). */
	private static String unreadableReason(Cell cell, RuntimeException ex) {
		String formula = formula(cell);
		if (formula != null) {
			return "formula =" + formula + " has no saved result (the program that wrote the file did not calculate "
					+ "it): recalculate and save the workbook in Excel or LibreOffice, or write the value";
		}
		String detail = oneLine(ex);
		if (detail.startsWith("Cannot get item at") || detail.contains("SharedString")) {
			// the message lists the whole string table: keep only the index
			return "refers to shared string " + detail.replaceAll("^Cannot get item at (\\S+).*$", "$1")
					+ ", which the workbook's string table does not have (a damaged or hand-made file)";
		}
		if (detail.startsWith("Unsupported cell")) {
			return "cell type the reader does not know (" + detail.replaceAll("^.*type '([^']*)'.*$", "t=\"$1\"")
					+ "): save the workbook in Excel or LibreOffice";
		}
		return "cannot be read (" + detail + ")";
	}

	/** The cell's formula, or {@code null} when it has none (or it cannot be read either). */
	private static String formula(Cell cell) {
		try {
			return (cell.getCellType() == CellType.FORMULA) ? cell.getCellFormula() : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * A cell's value, typed; formulas give their cached result, blanks give {@code null}.
	 * @throws IllegalStateException for a formula without a cached result (openpyxl and other
	 * writers that do not calculate): its value is unknown, not blank
	 */
	static Object value(Cell cell, Map<Integer, Boolean> dateStyles) {
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			type = cell.getCachedFormulaResultType();
			if (type == CellType.NUMERIC || type == CellType.BOOLEAN || type == CellType.ERROR) {
				Object cached = cachedValue(cell, type, dateStyles);
				if (cached == null) {
					throw new IllegalStateException("formula without a cached result");
				}
				return cached;
			}
			if (type == CellType.BLANK) {
				// no <v> at all: an empty text result is saved as t="str" with an empty <v>
				throw new IllegalStateException("formula without a cached result");
			}
		}
		return cachedValue(cell, type, dateStyles);
	}

	private static Object cachedValue(Cell cell, CellType type, Map<Integer, Boolean> dateStyles) {
		return switch (type) {
			case STRING -> {
				String text = cell.getStringCellValue();
				yield (text == null || text.isBlank()) ? null : text;
			}
			case NUMERIC -> isDate(cell, dateStyles) ? dateValue(cell) : (Object) cell.getNumericCellValue();
			case BOOLEAN -> cell.getBooleanCellValue();
			case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
			default -> null;
		};
	}

	private static boolean isDate(Cell cell, Map<Integer, Boolean> dateStyles) {
		org.apache.poi.ss.usermodel.CellStyle style = cell.getCellStyle();
		if (style == null) {
			return false;
		}
		return dateStyles.computeIfAbsent((int) style.getIndex(),
				(index) -> DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString()));
	}

	private static LocalDate dateValue(Cell cell) {
		return cell.getLocalDateTimeCellValue().toLocalDate();
	}

	String fileName() {
		return this.fileName;
	}

	@Override
	public void close() {
		closeQuietly(this.workbook);
	}

	private static void closeQuietly(Workbook workbook) {
		try {
			workbook.close();
		}
		catch (IOException | RuntimeException ex) {
			// closing a read-only workbook only releases temp files; nothing to report
		}
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
		if (text.contains("DOCTYPE") || text.contains("DTD") || text.contains("External Entity")
				|| text.contains("general entity")) {
			return "sheet XML declares a DTD or external entity, which is refused for safety";
		}
		if (text.contains("Cannot get item at")) {
			// the parser's message lists the whole string table: name only the index
			return "a cell refers to shared string " + text.replaceAll("(?s)^.*Cannot get item at (\\S+).*$", "$1")
					+ ", which the workbook's string table does not have (a damaged or hand-made file)";
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

}
