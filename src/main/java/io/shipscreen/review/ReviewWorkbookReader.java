package io.shipscreen.review;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import io.shipscreen.report.FlaggedWorkbookWriter;

/**
 * Reads the {@code Flagged} sheets (and their continuations {@code Flagged (2)}, ...) of a
 * workbook reviewers filled in, streaming (excel-streaming-reader), so a large workbook costs a
 * window of rows. Keeps only the rows someone typed a decision, reviewer or note in.
 */
final class ReviewWorkbookReader {

	private ReviewWorkbookReader() {
	}

	/** What was read: the data rows seen, and the reviewed ones among them. */
	record Contents(int rowsRead, List<ReviewedRow> reviewed) {
	}

	static Contents read(File file) {
		String name = file.getName();
		if (!file.isFile()) {
			throw new ReviewFileException(name, "file not found");
		}
		Workbook workbook;
		try {
			workbook = StreamingReader.builder().rowCacheSize(100).bufferSize(8192).setReadStyles(true).open(file);
		}
		catch (RuntimeException ex) {
			throw new ReviewFileException(name, "cannot be read as an .xlsx workbook (" + oneLine(ex) + ")", ex);
		}
		try (workbook) {
			int rowsRead = 0;
			boolean flaggedSheet = false;
			List<ReviewedRow> reviewed = new ArrayList<>();
			for (Sheet sheet : workbook) {
				String sheetName = sheet.getSheetName();
				if (!sheetName.equals("Flagged") && !sheetName.startsWith("Flagged (")) {
					continue;
				}
				flaggedSheet = true;
				Map<Integer, String> header = null;
				for (Row row : sheet) {
					if (header == null) {
						header = header(row, name, sheetName);
						continue;
					}
					Map<String, String> cells = new LinkedHashMap<>();
					for (Cell cell : row) {
						String heading = header.get(cell.getColumnIndex());
						String text = text(cell);
						if (heading != null && !text.isEmpty()) {
							cells.put(heading, text);
						}
					}
					if (cells.isEmpty()) {
						continue;
					}
					rowsRead++;
					ReviewedRow reviewedRow = new ReviewedRow(sheetName, row.getRowNum() + 1, cells);
					if (reviewedRow.reviewed()) {
						reviewed.add(reviewedRow);
					}
				}
			}
			if (!flaggedSheet) {
				throw new ReviewFileException(name, "no 'Flagged' sheet: not a flagged workbook of shipscreen");
			}
			return new Contents(rowsRead, reviewed);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ReviewFileException refused) {
				throw refused;
			}
			throw new ReviewFileException(name, "cannot be read (" + oneLine(ex) + ")", ex);
		}
	}

	private static Map<Integer, String> header(Row row, String file, String sheet) {
		Map<Integer, String> header = new HashMap<>();
		for (Cell cell : row) {
			String text = text(cell);
			if (!text.isEmpty()) {
				header.put(cell.getColumnIndex(), text);
			}
		}
		for (String required : List.of(ReviewedRow.TRANSACTION_ID, "Decision", ReviewedRow.DECISION,
				ReviewedRow.REVIEWER, ReviewedRow.NOTE, FlaggedWorkbookWriter.RUN_HEADER)) {
			if (!header.containsValue(required)) {
				throw new ReviewFileException(file, "sheet '" + sheet + "' has no column '" + required + "'"
						+ (required.equals(FlaggedWorkbookWriter.RUN_HEADER)
								? " (the workbook predates review import, or the column was deleted)" : ""));
			}
		}
		return header;
	}

	/** A cell as a reviewer reads it: text, a whole number without decimals, a date as yyyy-MM-dd. */
	static String text(Cell cell) {
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			type = cell.getCachedFormulaResultType();
		}
		return switch (type) {
			case STRING -> {
				String value = cell.getStringCellValue();
				yield (value != null) ? value.strip() : "";
			}
			case NUMERIC -> {
				if (cell.getCellStyle() != null && DateUtil.isADateFormat(cell.getCellStyle().getDataFormat(),
						cell.getCellStyle().getDataFormatString())) {
					yield cell.getLocalDateTimeCellValue().toLocalDate().toString();
				}
				yield number(cell.getNumericCellValue());
			}
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}

	static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	private static String oneLine(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		message = message.replaceAll("\\s*\\R\\s*", " ").trim();
		return (message.length() > 200) ? message.substring(0, 200) + "..." : message;
	}

}
