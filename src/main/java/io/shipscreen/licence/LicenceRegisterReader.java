package io.shipscreen.licence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
 * Reads licence register files ({@code .csv} UTF-8 with a header row, or {@code .xlsx}, first
 * sheet, header in row 1) from files or folders. Headers match as the transaction columns do
 * (case, spaces, underscores and hyphens ignored). A bad row, or a file that cannot be read, is
 * reported with file, row and reason and left out; everything good is kept.
 */
public final class LicenceRegisterReader {

	static final List<String> REQUIRED = List.of("license_number", "valid_from", "valid_to", "eccns", "countries");

	static final List<String> OPTIONAL = List.of("parties", "max_quantity", "max_value_usd");

	/** As the ledger keys it: {@code licence_draw.license_number}. */
	static final int MAX_NUMBER_LENGTH = 64;

	private static final Pattern ECCN = Pattern.compile("[0-9][A-E][0-9]{3}(\\.[A-Z0-9]+)*|EAR99");

	private final CountryCodes countries;

	public LicenceRegisterReader(CountryCodes countries) {
		this.countries = countries;
	}

	/**
	 * @param locations files or folders; a folder contributes its {@code .csv} and {@code .xlsx}
	 * files, by name
	 * @param explicit whether the locations were named by the operator ({@code --licences}): then a
	 * missing one is an error, while a missing default folder means no register
	 */
	public LicenceRegister read(List<String> locations, boolean explicit) {
		List<Path> files = new ArrayList<>();
		for (String location : locations) {
			Path path = Path.of(location);
			if (Files.isDirectory(path)) {
				try (Stream<Path> listing = Files.list(path)) {
					listing.filter(LicenceRegisterReader::isRegisterFile).sorted().forEach(files::add);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("cannot list licence register folder " + path, ex);
				}
			}
			else if (Files.isRegularFile(path)) {
				files.add(path);
			}
			else if (explicit) {
				throw new IllegalArgumentException("licence register " + location + " does not exist");
			}
		}
		if (files.isEmpty()) {
			return LicenceRegister.none(locations);
		}
		Map<String, Licence> byNumber = new LinkedHashMap<>();
		List<RegisterFile> loaded = new ArrayList<>();
		List<RegisterProblem> problems = new ArrayList<>();
		for (Path file : files) {
			loaded.add(readFile(file, byNumber, problems));
		}
		return new LicenceRegister(true, locations, byNumber, loaded, problems);
	}

	private static boolean isRegisterFile(Path path) {
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		return Files.isRegularFile(path) && !name.startsWith("~$") && (name.endsWith(".csv") || name.endsWith(".xlsx"));
	}

	private RegisterFile readFile(Path path, Map<String, Licence> byNumber, List<RegisterProblem> problems) {
		String file = path.toString();
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(path);
		}
		catch (IOException ex) {
			problems.add(new RegisterProblem(file, 0, null, "cannot read the file: " + ex.getMessage()));
			return new RegisterFile(file, "", 0, 0);
		}
		String sha256 = sha256(bytes);
		int before = byNumber.size();
		int badBefore = problems.size();
		try {
			List<List<String>> table;
			List<Integer> rowNumbers = new ArrayList<>();
			if (file.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
				table = xlsx(bytes, rowNumbers);
			}
			else {
				table = csv(bytes, rowNumbers);
			}
			rows(file, table, rowNumbers, byNumber, problems);
		}
		catch (IOException | RuntimeException ex) {
			problems.add(new RegisterProblem(file, 0, null, "not a readable .csv/.xlsx register: " + ex.getMessage()));
		}
		return new RegisterFile(file, sha256, byNumber.size() - before, problems.size() - badBefore);
	}

	/** Rows as text (dates as ISO text), header first; {@code rowNumbers} gets each row's number in the file. */
	private static List<List<String>> csv(byte[] bytes, List<Integer> rowNumbers) throws IOException {
		List<List<String>> table = new ArrayList<>();
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		try (Reader reader = new java.io.StringReader(text);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180).get()) {
			for (CSVRecord record : parser) {
				table.add(record.toList());
				rowNumbers.add((int) record.getRecordNumber());
			}
		}
		return table;
	}

	private static List<List<String>> xlsx(byte[] bytes, List<Integer> rowNumbers) throws IOException {
		List<List<String>> table = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			int width = 0;
			for (Row row : sheet) {
				List<String> values = new ArrayList<>();
				int last = Math.max(row.getLastCellNum(), width);
				for (int c = 0; c < last; c++) {
					values.add(text(row.getCell(c), formatter));
				}
				if (table.isEmpty()) {
					width = values.size();
				}
				if (values.stream().allMatch(String::isBlank) && !table.isEmpty()) {
					continue;
				}
				table.add(values);
				rowNumbers.add(row.getRowNum() + 1);
			}
		}
		return table;
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		if (type == CellType.NUMERIC) {
			return new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
		}
		return formatter.formatCellValue(cell);
	}

	private void rows(String file, List<List<String>> table, List<Integer> rowNumbers, Map<String, Licence> byNumber,
			List<RegisterProblem> problems) {
		if (table.isEmpty()) {
			problems.add(new RegisterProblem(file, 1, null, "no header row"));
			return;
		}
		Map<String, Integer> columns = new HashMap<>();
		List<String> header = table.get(0);
		for (int i = 0; i < header.size(); i++) {
			columns.putIfAbsent(headerKey(header.get(i)), i);
		}
		List<String> missing = REQUIRED.stream().filter((c) -> !columns.containsKey(headerKey(c))).toList();
		if (!missing.isEmpty()) {
			problems.add(new RegisterProblem(file, 1, null, "the header lacks required column(s) "
					+ String.join(", ", missing) + " (found: " + String.join(", ", header) + ")"));
			return;
		}
		for (int r = 1; r < table.size(); r++) {
			List<String> values = table.get(r);
			if (values.stream().allMatch((v) -> v == null || v.isBlank())) {
				continue;
			}
			RowReader row = new RowReader(file, rowNumbers.get(r), values, columns);
			Licence licence = row.licence(this.countries);
			if (row.problem != null) {
				problems.add(row.problem);
				continue;
			}
			String key = Licence.key(licence.number());
			Licence first = byNumber.get(key);
			if (first != null) {
				problems.add(new RegisterProblem(file, row.row, "license_number",
						"duplicate license_number " + licence.number() + ": already read from " + first.where()));
				continue;
			}
			byNumber.put(key, licence);
		}
	}

	static String headerKey(String header) {
		return (header == null) ? "" : header.replaceAll("[\\s_\\-\\uFEFF]", "").toLowerCase(Locale.ROOT);
	}

	static String sha256(byte[] bytes) {
		try {
			return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One data row; the first problem found stops it (and is what the operator sees). */
	private static final class RowReader {

		private final String file;

		private final int row;

		private final List<String> values;

		private final Map<String, Integer> columns;

		private RegisterProblem problem;

		RowReader(String file, int row, List<String> values, Map<String, Integer> columns) {
			this.file = file;
			this.row = row;
			this.values = values;
			this.columns = columns;
		}

		Licence licence(CountryCodes codes) {
			String number = required("license_number");
			LocalDate from = date("valid_from", true);
			LocalDate to = date("valid_to", true);
			if (this.problem == null && to.isBefore(from)) {
				fail("valid_to", "valid_to " + to + " is before valid_from " + from);
			}
			if (this.problem == null && number.length() > MAX_NUMBER_LENGTH) {
				fail("license_number", "longer than " + MAX_NUMBER_LENGTH + " characters");
			}
			List<String> eccns = new ArrayList<>();
			for (String eccn : list("eccns", true)) {
				String upper = eccn.toUpperCase(Locale.ROOT);
				if (!ECCN.matcher(upper).matches()) {
					fail("eccns", "'" + eccn + "' is not an ECCN such as 3A090 or 4A090.a");
				}
				eccns.add(upper);
			}
			Set<String> countries = new LinkedHashSet<>();
			for (String country : list("countries", true)) {
				codes.alpha2(country).ifPresentOrElse(countries::add,
						() -> fail("countries", "'" + country + "' is not an ISO country code or English country name"));
			}
			List<String> parties = list("parties", false);
			Long maxQuantity = quantity();
			BigDecimal maxValue = value();
			if (this.problem != null) {
				return null;
			}
			return new Licence(number.strip(), from, to, eccns, countries, parties, maxQuantity, maxValue, this.file,
					this.row);
		}

		private String cell(String column) {
			Integer index = this.columns.get(headerKey(column));
			if (index == null || index >= this.values.size() || this.values.get(index) == null) {
				return "";
			}
			return this.values.get(index).strip();
		}

		private String required(String column) {
			String value = cell(column);
			if (value.isEmpty()) {
				fail(column, "missing " + column);
			}
			return value;
		}

		private LocalDate date(String column, boolean required) {
			String value = required ? required(column) : cell(column);
			if (value.isEmpty()) {
				return null;
			}
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				fail(column, "'" + value + "' is not a date (yyyy-MM-dd)");
				return null;
			}
		}

		private List<String> list(String column, boolean required) {
			String value = required ? required(column) : cell(column);
			return Arrays.stream(value.split(";")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
		}

		private Long quantity() {
			String value = cell("max_quantity").replace(",", "");
			if (value.isEmpty()) {
				return null;
			}
			try {
				BigDecimal number = new BigDecimal(value);
				if (number.signum() <= 0 || number.stripTrailingZeros().scale() > 0) {
					fail("max_quantity", "'" + value + "' is not a whole number above 0");
					return null;
				}
				return number.longValueExact();
			}
			catch (NumberFormatException | ArithmeticException ex) {
				fail("max_quantity", "'" + value + "' is not a whole number above 0");
				return null;
			}
		}

		private BigDecimal value() {
			String value = cell("max_value_usd").replace(",", "");
			if (value.isEmpty()) {
				return null;
			}
			try {
				BigDecimal number = new BigDecimal(value);
				if (number.signum() < 0) {
					fail("max_value_usd", "'" + value + "' is below 0");
					return null;
				}
				return number;
			}
			catch (NumberFormatException ex) {
				fail("max_value_usd", "'" + value + "' is not a number (USD)");
				return null;
			}
		}

		private void fail(String column, String reason) {
			if (this.problem == null) {
				this.problem = new RegisterProblem(this.file, this.row, column, reason);
			}
		}

	}

}
