package io.shipscreen.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * Writes a table to one or more sheets ({@code Flagged}, {@code Flagged (2)}, ...), starting a new
 * sheet before Excel's row limit. Each sheet gets a frozen header, an auto-filter, fixed widths and,
 * for reviewer columns, a drop-down. Every value is written as a plain value, never a formula.
 * Families of sheets can be written on threads of their own ({@link SharedWorkbook}): a writer's
 * rows touch only its own sheet; what changes the workbook is made under the workbook's lock.
 */
final class SplitSheetWriter {

	/** How a column is written and styled. */
	enum Kind {

		TEXT, WRAPPED, DATE, NUMBER, DECIMAL, DECISION, INPUT, DROPDOWN

	}

	record ColumnSpec(String header, int widthChars, Kind kind) {
	}

	private final SharedWorkbook workbook;

	private final String baseName;

	private final List<ColumnSpec> columns;

	private final SheetStyles styles;

	private final int rowLimit;

	private final String[] dropDown;

	/** The sheets written so far, and the last row of each finished one. */
	private final List<Sheet> sheets = new ArrayList<>();

	private final List<Integer> lastRows = new ArrayList<>();

	private Sheet sheet;

	private int rowIndex;

	private long rows;

	SplitSheetWriter(SharedWorkbook workbook, String baseName, List<ColumnSpec> columns, SheetStyles styles,
			int rowLimit, String[] dropDown) {
		this.workbook = workbook;
		this.baseName = baseName;
		this.columns = columns;
		this.styles = styles;
		this.rowLimit = Math.min(rowLimit, SpreadsheetVersion.EXCEL2007.getMaxRows() - 1);
		this.dropDown = dropDown;
		newSheet();
	}

	void row(Object... values) {
		this.workbook.checkNotFailed();
		if (this.rowIndex > this.rowLimit) {
			this.lastRows.add(lastRow());
			newSheet();
		}
		Row row = this.sheet.createRow(this.rowIndex++);
		int lines = 1;
		for (int i = 0; i < this.columns.size(); i++) {
			Object value = (i < values.length) ? values[i] : null;
			ColumnSpec column = this.columns.get(i);
			if (value == null && column.kind() != Kind.INPUT && column.kind() != Kind.DROPDOWN) {
				continue;
			}
			write(row.createCell(i), column.kind(), value);
			if (column.kind() == Kind.WRAPPED && value != null) {
				lines = Math.max(lines, wrappedLines(value.toString(), column.widthChars()));
			}
		}
		// streamed rows cannot be auto-fitted: size the row for its wrapped text (Excel and
		// LibreOffice would otherwise draw the lines over each other)
		if (lines > 1) {
			row.setHeightInPoints(Math.min(MAX_LINES, lines) * LINE_HEIGHT_POINTS);
		}
		this.rows++;
	}

	static final int MAX_LINES = 12;

	static final float LINE_HEIGHT_POINTS = 12.75f;

	/** About how many lines a text takes in a column of {@code width} characters. */
	static int wrappedLines(String text, int width) {
		int lines = 0;
		for (String line : text.split("\n", -1)) {
			lines += Math.max(1, (int) Math.ceil(line.length() * 1.1 / Math.max(1, width)));
		}
		return lines;
	}

	private void write(Cell cell, Kind kind, Object value) {
		switch (kind) {
			case DATE -> {
				if (value instanceof LocalDate date) {
					cell.setCellValue(date);
					cell.setCellStyle(this.styles.date());
				}
				else {
					text(cell, value, this.styles.text());
				}
			}
			case NUMBER, DECIMAL -> {
				if (value instanceof Number number) {
					cell.setCellValue((number instanceof BigDecimal decimal) ? decimal.doubleValue()
							: number.doubleValue());
					cell.setCellStyle((kind == Kind.NUMBER) ? this.styles.number() : this.styles.decimal());
				}
				else {
					text(cell, value, this.styles.text());
				}
			}
			case DECISION -> text(cell, value,
					"HOLD".equals(value) ? this.styles.hold()
							: "REVIEW".equals(value) ? this.styles.review() : this.styles.text());
			case WRAPPED -> text(cell, value, this.styles.wrapped());
			case INPUT, DROPDOWN -> {
				if (value != null) {
					text(cell, value, this.styles.input());
				}
				else {
					cell.setCellStyle(this.styles.input());
				}
			}
			default -> text(cell, value, this.styles.text());
		}
	}

	/** Always a string cell: a value like {@code =HYPERLINK(...)} stays inert text. */
	private static void text(Cell cell, Object value, org.apache.poi.ss.usermodel.CellStyle style) {
		cell.setCellValue(WorkbookFiles.fit(String.valueOf(value)));
		cell.setCellStyle(style);
	}

	private void newSheet() {
		int number = this.sheets.size() + 1;
		String name = (number == 1) ? this.baseName : this.baseName + " (" + number + ")";
		this.sheet = this.workbook.change((workbook) -> {
			Sheet sheet = workbook.createSheet(name);
			Row header = sheet.createRow(0);
			for (int i = 0; i < this.columns.size(); i++) {
				ColumnSpec column = this.columns.get(i);
				Cell cell = header.createCell(i);
				cell.setCellValue(column.header());
				cell.setCellStyle(this.styles.header());
				sheet.setColumnWidth(i, Math.min(255, column.widthChars()) * 256);
			}
			sheet.createFreezePane(0, 1);
			// printable as well: landscape (the header is repeated on every page, see completeSheets)
			sheet.getPrintSetup().setLandscape(true);
			return sheet;
		});
		this.sheets.add(this.sheet);
		this.rowIndex = 1;
	}

	private int lastRow() {
		return Math.max(1, this.rowIndex - 1);
	}

	/** The header repeated on every printed page, an auto-filter over the rows, the drop-downs. */
	private void complete(Sheet sheet, int lastRow) {
		sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
		sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, this.columns.size() - 1));
		if (this.dropDown != null) {
			for (int i = 0; i < this.columns.size(); i++) {
				if (this.columns.get(i).kind() == Kind.DROPDOWN) {
					addDropDown(sheet, i, lastRow);
				}
			}
		}
	}

	private void addDropDown(Sheet sheet, int column, int lastRow) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint constraint = helper.createExplicitListConstraint(this.dropDown);
		DataValidation validation = helper.createValidation(constraint,
				new CellRangeAddressList(1, lastRow, column, column));
		validation.setSuppressDropDownArrow(true);
		validation.setShowErrorBox(true);
		validation.createErrorBox("Reviewer decision", "Pick one of: " + String.join(", ", this.dropDown));
		sheet.addValidationData(validation);
	}

	/** Ends the last sheet; returns the data rows written over all sheets. */
	long finish() {
		this.lastRows.add(lastRow());
		return this.rows;
	}

	/** The names of the sheets written, in order. */
	List<String> sheetNames() {
		return this.sheets.stream().map(Sheet::getSheetName).toList();
	}

	/**
	 * After {@link #finish}, once every sheet is in its place: gives each sheet what it gets when
	 * its rows are written (see {@link #complete}). Print titles and filters are defined names of
	 * the workbook, bound to a sheet's position: made here, on one thread, sheet after sheet, they
	 * come out as a sequential write made them whichever thread wrote which sheet first.
	 */
	void completeSheets() {
		this.workbook.change((workbook) -> {
			for (int i = 0; i < this.sheets.size(); i++) {
				complete(this.sheets.get(i), this.lastRows.get(i));
			}
			return null;
		});
	}

}
