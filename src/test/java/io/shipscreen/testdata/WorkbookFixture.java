package io.shipscreen.testdata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds small input workbooks in tests, the way Excel would save them: shared strings, date
 * cells with a date style, numbers as numbers. {@code WorkbookFixture.transactions().row(...)}.
 */
public final class WorkbookFixture {

	private final String sheetName;

	private final List<String> headers;

	private final List<List<Object>> rows = new ArrayList<>();

	private WorkbookFixture(String sheetName, List<String> headers) {
		this.sheetName = sheetName;
		this.headers = headers;
	}

	/** A {@code Transactions} sheet with the contract's columns in contract order. */
	public static WorkbookFixture transactions() {
		return new WorkbookFixture("Transactions", TransactionRows.HEADERS);
	}

	public static WorkbookFixture sheet(String name, String... headers) {
		return new WorkbookFixture(name, Arrays.asList(headers));
	}

	/** A row given as column → value; missing columns are blank. */
	public WorkbookFixture row(Map<String, ?> values) {
		List<Object> row = new ArrayList<>();
		for (String header : this.headers) {
			row.add(values.get(header));
		}
		this.rows.add(row);
		return this;
	}

	public WorkbookFixture rawRow(Object... values) {
		this.rows.add(Arrays.asList(values));
		return this;
	}

	public Path writeTo(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			Sheet sheet = workbook.createSheet(this.sheetName);
			Row header = sheet.createRow(0);
			for (int i = 0; i < this.headers.size(); i++) {
				header.createCell(i).setCellValue(this.headers.get(i));
			}
			for (int r = 0; r < this.rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> values = this.rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					set(row.createCell(c), values.get(c), dateStyle);
				}
			}
			workbook.write(out);
		}
		return file;
	}

	private static void set(Cell cell, Object value, CellStyle dateStyle) {
		if (value == null) {
			return;
		}
		if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(dateStyle);
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Boolean bool) {
			cell.setCellValue(bool);
		}
		else if (value instanceof Formula formula) {
			cell.setCellFormula(formula.expression());
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

	/** A formula cell (as a spreadsheet user might leave one in an input). */
	public record Formula(String expression) {
	}

	public static Map<String, Object> copy(Map<String, Object> row) {
		return new LinkedHashMap<>(row);
	}

}
