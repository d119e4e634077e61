package io.shipscreen.ownership;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.shipscreen.transaction.CountryCodes;

/**
 * Reads the ownership register (CONTRACT.md §5) from {@code .csv} (UTF-8, header row) and
 * {@code .xlsx} (first sheet, header in row 1) files. A bad row is a {@link RegisterProblem} with
 * file, row and reason and never stops the night; a row with a bad country or date is still used
 * (its name and share are good), the bad value is reported. A file without the required columns,
 * or that is not a readable CSV/xlsx at all, fails the start with one line naming it.
 */
public final class OwnershipRegisterReader {

	static final List<String> COLUMNS = List.of("entity_name", "entity_country", "owner_name", "owner_country",
			"share_percent", "as_of", "source");

	private static final List<String> REQUIRED = List.of("entity_name", "owner_name");

	private final CountryCodes countries = CountryCodes.standard();

	public OwnershipRegister read(List<Path> locations) {
		List<RegisterFile> files = new ArrayList<>();
		List<Holding> holdings = new ArrayList<>();
		List<RegisterProblem> problems = new ArrayList<>();
		for (Path path : RegisterFiles.expand(locations)) {
			byte[] bytes;
			try {
				bytes = Files.readAllBytes(path);
			}
			catch (IOException ex) {
				throw new RegisterFileException("ownership register " + path + " cannot be read (" + ex.getMessage()
						+ ")", ex);
			}
			String name = path.getFileName().toString();
			List<List<String>> rows = name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? xlsxRows(name, bytes)
					: csvRows(name, bytes);
			int before = holdings.size();
			int dataRows = parse(name, rows, holdings, problems);
			files.add(new RegisterFile(name, path.toString(), RegisterFiles.sha256(bytes), dataRows,
					holdings.size() - before));
		}
		return new OwnershipRegister(files, holdings, problems);
	}

	/** Rows as text, the header first; a row's index + 1 is its row number in the file. */
	private static List<List<String>> csvRows(String name, byte[] bytes) {
		List<List<String>> rows = new ArrayList<>();
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			// Excel's "CSV UTF-8" starts with a byte-order mark
			text = text.substring(1);
		}
		try (CSVParser parser = CSVParser.parse(new StringReader(text),
				// empty lines kept, so that a row number is the line a spreadsheet shows
				CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get())) {
			for (CSVRecord record : parser) {
				rows.add(record.toList());
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new RegisterFileException("ownership register " + name + " is not readable CSV (" + ex.getMessage()
					+ ")", ex);
		}
		return rows;
	}

	private static List<List<String>> xlsxRows(String name, byte[] bytes) {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new RegisterFileException("ownership register " + name + " has no sheet");
			}
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
						cells.add(text(row.getCell(c), formatter));
					}
				}
				rows.add(cells);
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RegisterFileException known) {
				throw known;
			}
			throw new RegisterFileException("ownership register " + name + " is not a readable .xlsx workbook ("
					+ ex.getMessage() + ")", ex);
		}
		return rows;
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getDateCellValue().toInstant().atZone(ZoneOffset.systemDefault()).toLocalDate().toString();
		}
		if (type == CellType.NUMERIC) {
			// 60 %, formatted as a percentage in Excel, is stored as 0.6: the register means 60.
			String format = cell.getCellStyle().getDataFormatString();
			BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
			if (format != null && format.contains("%")) {
				value = value.movePointRight(2);
			}
			return value.stripTrailingZeros().toPlainString();
		}
		return formatter.formatCellValue(cell).trim();
	}

	/** Adds the good rows' holdings, the bad rows' problems; returns the number of data rows. */
	private int parse(String file, List<List<String>> rows, List<Holding> holdings, List<RegisterProblem> problems) {
		if (rows.isEmpty()) {
			throw new RegisterFileException("ownership register " + file + " is empty: it needs a header row with "
					+ String.join(", ", REQUIRED));
		}
		Map<String, Integer> header = header(file, rows.get(0));
		int dataRows = 0;
		for (int i = 1; i < rows.size(); i++) {
			List<String> cells = rows.get(i);
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			dataRows++;
			long rowNumber = i + 1;
			Optional<Holding> holding = holding(file, rowNumber, new Cells(header, cells), problems);
			holding.ifPresent(holdings::add);
		}
		return dataRows;
	}

	private static Map<String, Integer> header(String file, List<String> cells) {
		Map<String, Integer> header = new HashMap<>();
		for (int c = 0; c < cells.size(); c++) {
			String key = key(cells.get(c));
			for (String column : COLUMNS) {
				if (key.equals(key(column))) {
					if (header.putIfAbsent(column, c) != null) {
						throw new RegisterFileException("ownership register " + file + ": the header names column "
								+ column + " twice");
					}
				}
			}
		}
		for (String column : REQUIRED) {
			if (!header.containsKey(column)) {
				throw new RegisterFileException("ownership register " + file + ": the header (row 1) lacks column "
						+ column + " (columns: " + String.join(", ", COLUMNS) + ")");
			}
		}
		return header;
	}

	/** Header matching as for transactions: case-insensitive, spaces, underscores and hyphens ignored. */
	private static String key(String header) {
		return header.replace("\uFEFF", "").replaceAll("[\\s_\\-]+", "").toLowerCase(Locale.ROOT);
	}

	private record Cells(Map<String, Integer> header, List<String> cells) {

		String get(String column) {
			Integer index = this.header.get(column);
			if (index == null || index >= this.cells.size()) {
				return "";
			}
			String value = this.cells.get(index);
			return (value != null) ? value.strip() : "";
		}

	}

	private Optional<Holding> holding(String file, long row, Cells cells, List<RegisterProblem> problems) {
		String entity = cells.get("entity_name");
		String owner = cells.get("owner_name");
		if (entity.isEmpty() || owner.isEmpty()) {
			problems.add(new RegisterProblem(file, row, (entity.isEmpty() ? "entity_name" : "owner_name")
					+ " is empty: the row is not used"));
			return Optional.empty();
		}
		Double share;
		try {
			share = share(cells.get("share_percent"));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new RegisterProblem(file, row, "share_percent '" + cells.get("share_percent") + "' "
					+ ex.getMessage() + ": the row is not used"));
			return Optional.empty();
		}
		String entityCountry = country(file, row, "entity_country", cells.get("entity_country"), problems);
		String ownerCountry = country(file, row, "owner_country", cells.get("owner_country"), problems);
		LocalDate asOf = null;
		String asOfText = cells.get("as_of");
		if (!asOfText.isEmpty()) {
			try {
				asOf = LocalDate.parse(asOfText);
			}
			catch (DateTimeParseException ex) {
				problems.add(new RegisterProblem(file, row,
						"as_of '" + asOfText + "' is not a date (yyyy-MM-dd); the holding is used without it"));
			}
		}
		String source = cells.get("source");
		return Optional.of(new Holding(entity, entityCountry, owner, ownerCountry, share, asOf,
				source.isEmpty() ? null : source, file, row));
	}

	/** 0-100, {@code 60}, {@code 60.5}, {@code 60 %}, {@code 60,5}; blank = unknown. */
	static Double share(String text) {
		if (text.isBlank()) {
			return null;
		}
		String number = text.replace("%", "").replace('\u00a0', ' ').strip().replace(',', '.');
		double value;
		try {
			value = new BigDecimal(number).doubleValue();
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("is not a number (write 0-100, blank when unknown)");
		}
		if (value < 0 || value > 100) {
			throw new IllegalArgumentException("is outside 0-100");
		}
		return value;
	}

	private String country(String file, long row, String column, String value, List<RegisterProblem> problems) {
		if (value.isEmpty()) {
			return null;
		}
		Optional<String> code = this.countries.alpha2(value);
		if (code.isEmpty()) {
			problems.add(new RegisterProblem(file, row, column + " '" + value
					+ "' is not a country (use an ISO code or English name); the holding is used without it"));
			return null;
		}
		return code.get();
	}

}
