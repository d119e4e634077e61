package io.shipscreen.testdata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Generated rows as an input workbook: one {@code Transactions} sheet, the contract's headers. */
final class TransactionWorkbook {

	private TransactionWorkbook() {
	}

	/** Streams the rows (SXSSF: memory stays flat however many there are). */
	static Path write(Iterable<TransactionRows.Row> rows, Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			workbook.setCompressTempFiles(true);
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			Sheet sheet = workbook.createSheet("Transactions");
			Row header = sheet.createRow(0);
			List<String> headers = TransactionRows.HEADERS;
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			int r = 1;
			for (TransactionRows.Row row : rows) {
				Row sheetRow = sheet.createRow(r++);
				for (int i = 0; i < headers.size(); i++) {
					Object value = row.get(headers.get(i));
					if (value == null) {
						continue;
					}
					Cell cell = sheetRow.createCell(i);
					if (value instanceof LocalDate date) {
						cell.setCellValue(date);
						cell.setCellStyle(dateStyle);
					}
					else if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else {
						cell.setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			workbook.dispose();
		}
		return file;
	}

}
