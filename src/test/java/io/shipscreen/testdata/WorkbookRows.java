package io.shipscreen.testdata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads a produced workbook back as a reviewer sees it: header → displayed text, per row. */
public final class WorkbookRows {

	private WorkbookRows() {
	}

	public static List<Map<String, String>> of(Path file, String sheetName) throws IOException {
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			Sheet sheet = workbook.getSheet(sheetName);
			if (sheet == null) {
				throw new IllegalArgumentException("no sheet '" + sheetName + "' in " + file + "; sheets: "
						+ sheetNames(workbook));
			}
			return rows(sheet);
		}
	}

	public static List<String> sheetNames(Path file) throws IOException {
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			return sheetNames(workbook);
		}
	}

	private static List<String> sheetNames(Workbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
		return names;
	}

	private static List<Map<String, String>> rows(Sheet sheet) {
		DataFormatter formatter = new DataFormatter();
		Row header = sheet.getRow(0);
		List<Map<String, String>> rows = new ArrayList<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (Cell cell : header) {
				Cell value = row.getCell(cell.getColumnIndex());
				values.put(cell.getStringCellValue(), (value != null) ? formatter.formatCellValue(value) : "");
			}
			rows.add(values);
		}
		return rows;
	}

}
