package io.shipscreen.source.excel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Turns a cell as written ({@link XmlCell}) into its value: text, a {@link Double}, a
 * {@link LocalDate} (a number in a date format, or an ISO date cell), a {@link Boolean} or an
 * error code such as {@code #N/A}; {@code null} for a blank. A formula gives its saved result.
 * Whatever cannot be known is an {@link UnreadableCell} saying why: the row is rejected, the
 * rest of the sheet read on.
 */
final class CellValues {

	private final SharedStrings strings;

	private final StylesTable styles;

	private final boolean date1904;

	/** Whether a cell format is a date format, by index: POI's check is costly per cell. */
	private Boolean[] dateStyles = new Boolean[0];

	CellValues(SharedStrings strings, StylesTable styles, boolean date1904) {
		this.strings = strings;
		this.styles = styles;
		this.date1904 = date1904;
	}

	/**
	 * The cell's value, {@code null} when blank.
	 * @throws UnreadableCell when its value cannot be known
	 */
	Object value(XmlCell cell) {
		String type = cell.type();
		String value = cell.value();
		if (cell.formula() != null && (value == null || value.isEmpty())) {
			if ("str".equals(type)) {
				// Excel saves =IF(..,"",..) as t="str" with an empty <v>: a real, empty result
				return null;
			}
			throw new UnreadableCell("formula =" + XlsxWorkbook.shorten(cell.formula()) + " has no saved result "
					+ "(the program that wrote the file did not calculate it): recalculate and save the workbook in "
					+ "Excel or LibreOffice, or write the value");
		}
		if (type == null || type.equals("n")) {
			return (value == null || value.isBlank()) ? null : number(cell, value);
		}
		return switch (type) {
			case "s" -> text(this.strings.at(value));
			case "inlineStr" -> text((cell.inline() != null) ? cell.inline() : value);
			case "str" -> text(value);
			case "b" -> (value == null || value.isBlank()) ? null : bool(value);
			case "e" -> (value == null || value.isBlank()) ? null : error(value);
			case "d" -> (value == null || value.isBlank()) ? null : isoDate(value);
			default -> throw new UnreadableCell("cell type the reader does not know (t=\"" + XlsxWorkbook.shorten(type)
					+ "\"): save the workbook in Excel or LibreOffice");
		};
	}

	private static String text(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	private Object number(XmlCell cell, String text) {
		double number;
		try {
			number = Double.parseDouble(text);
		}
		catch (NumberFormatException ex) {
			throw cannotRead("not a number: '" + XlsxWorkbook.shorten(text) + "'");
		}
		if (!isDate(cell.style())) {
			return number;
		}
		LocalDateTime date = null;
		if (Double.isFinite(number) && DateUtil.isValidExcelDate(number)) {
			try {
				date = DateUtil.getLocalDateTime(number, this.date1904);
			}
			catch (RuntimeException ex) {
				// reported below
			}
		}
		if (date == null) {
			throw cannotRead("not a date: " + XlsxWorkbook.shorten(text) + " in a date format");
		}
		return date.toLocalDate();
	}

	private static Boolean bool(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "1", "true" -> Boolean.TRUE;
			case "0", "false" -> Boolean.FALSE;
			default -> throw cannotRead("not a true/false value: '" + XlsxWorkbook.shorten(text) + "'");
		};
	}

	private static String error(String text) {
		try {
			return FormulaError.forString(text.strip()).getString();
		}
		catch (IllegalArgumentException ex) {
			throw cannotRead("not an error code Excel writes: '" + XlsxWorkbook.shorten(text) + "'");
		}
	}

	/** {@code t="d"}: an ISO 8601 date or date-time (LibreOffice and some writers). */
	private static LocalDate isoDate(String text) {
		String date = text.strip();
		int time = date.indexOf('T');
		try {
			return LocalDate.parse((time >= 0) ? date.substring(0, time) : date);
		}
		catch (DateTimeParseException ex) {
			throw cannotRead("not an ISO 8601 date: '" + XlsxWorkbook.shorten(text) + "'");
		}
	}

	private boolean isDate(int style) {
		if (this.styles == null || style < 0 || style >= this.styles.getNumCellStyles()) {
			return false;
		}
		if (style >= this.dateStyles.length) {
			this.dateStyles = Arrays.copyOf(this.dateStyles, Math.max(style + 1, this.dateStyles.length * 2));
		}
		Boolean known = this.dateStyles[style];
		if (known == null) {
			XSSFCellStyle format = this.styles.getStyleAt(style);
			known = format != null && DateUtil.isADateFormat(format.getDataFormat(), format.getDataFormatString());
			this.dateStyles[style] = known;
		}
		return known;
	}

	private static UnreadableCell cannotRead(String detail) {
		return new UnreadableCell("cannot be read (" + detail + ")");
	}

}
