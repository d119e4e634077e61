package io.shipscreen.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills in a produced flagged workbook the way a reviewer does in Excel: opens it, types into
 * cells of the row of a transaction, saves it under a new name.
 */
final class ReviewerFills implements AutoCloseable {

	private final XSSFWorkbook workbook;

	private final Sheet sheet;

	private final Map<String, Integer> columns = new HashMap<>();

	private ReviewerFills(XSSFWorkbook workbook) {
		this.workbook = workbook;
		this.sheet = workbook.getSheet("Flagged");
		for (Cell cell : this.sheet.getRow(0)) {
			this.columns.put(cell.getStringCellValue(), cell.getColumnIndex());
		}
	}

	static ReviewerFills open(Path flagged) throws IOException {
		try (InputStream in = Files.newInputStream(flagged)) {
			return new ReviewerFills(new XSSFWorkbook(in));
		}
	}

	/** Reviewer decision, Reviewer and Reviewer note of the row of {@code transactionId}. */
	ReviewerFills decide(String transactionId, String decision, String reviewer, String note) {
		Row row = rowOf(transactionId);
		set(row, "Reviewer decision", decision);
		set(row, "Reviewer", reviewer);
		set(row, "Reviewer note", note);
		return this;
	}

	/** Overwrites another cell of the row, as a careless (or clever) reviewer might. */
	ReviewerFills edit(String transactionId, String header, String value) {
		set(rowOf(transactionId), header, value);
		return this;
	}

	Path saveAs(Path target) throws IOException {
		try (OutputStream out = Files.newOutputStream(target)) {
			this.workbook.write(out);
		}
		return target;
	}

	@Override
	public void close() throws IOException {
		this.workbook.close();
	}

	private Row rowOf(String transactionId) {
		int id = this.columns.get("Transaction ID");
		for (Row row : this.sheet) {
			Cell cell = row.getCell(id);
			if (row.getRowNum() > 0 && cell != null && transactionId.equals(cell.getStringCellValue())) {
				return row;
			}
		}
		throw new IllegalArgumentException("no row for " + transactionId + " on the Flagged sheet");
	}

	private void set(Row row, String header, String value) {
		Integer column = this.columns.get(header);
		if (column == null) {
			throw new IllegalArgumentException("no column " + header);
		}
		if (value == null) {
			return;
		}
		// a fresh cell, as Excel writes one: the produced cell is an inline string
		Cell old = row.getCell(column);
		if (old != null) {
			row.removeCell(old);
		}
		row.createCell(column).setCellValue(value);
	}

}
