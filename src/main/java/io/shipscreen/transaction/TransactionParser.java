package io.shipscreen.transaction;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Validates a {@link RawRow} against the input contract and builds the
 * {@link ExportTransaction}, or lists every problem of the row (all of them, so that one fix
 * round is enough). Stateless and thread-safe.
 */
public class TransactionParser {

	static final LocalDate EARLIEST_DATE = LocalDate.of(1990, 1, 1);

	static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

	private final CountryCodes countries;

	public TransactionParser(CountryCodes countries) {
		this.countries = countries;
	}

	public ParsedRow parse(RawRow row) {
		List<RowProblem> problems = new ArrayList<>(row.unreadable());
		Map<Column, Object> values = new EnumMap<>(Column.class);
		for (Column column : Column.values()) {
			RawCell cell = row.cell(column);
			if (cell == null) {
				if (column.required() && !unreadable(row, column)) {
					problems.add(new RowProblem(column.header(), null, null, "required value missing"));
				}
				continue;
			}
			try {
				values.put(column, convert(column, cell.value()));
			}
			catch (BadValueException ex) {
				problems.add(new RowProblem(cell.header(), cell.position(), display(cell.value()), ex.getMessage()));
			}
		}
		String transactionId = (String) values.get(Column.TRANSACTION_ID);
		if (!problems.isEmpty()) {
			return ParsedRow.rejected(row.origin(), transactionId, problems);
		}
		return ParsedRow.valid(build(row, values));
	}

	/** A cell the source could not read is reported as such, not also as a missing value. */
	private static boolean unreadable(RawRow row, Column column) {
		return row.unreadable().stream().anyMatch((problem) -> problem.column() != null
				&& Column.forHeader(problem.column()).filter(column::equals).isPresent());
	}

	private ExportTransaction build(RawRow row, Map<Column, Object> v) {
		Party ultimateConsignee = new Party(PartyRole.ULTIMATE_CONSIGNEE, text(v, Column.ULTIMATE_CONSIGNEE_NAME),
				text(v, Column.ULTIMATE_CONSIGNEE_ADDRESS), text(v, Column.ULTIMATE_CONSIGNEE_COUNTRY));
		return new ExportTransaction(row.origin(), text(v, Column.TRANSACTION_ID), (LocalDate) v.get(Column.ORDER_DATE),
				text(v, Column.EXPORTER), text(v, Column.ITEM_PART_NUMBER), text(v, Column.ITEM_DESCRIPTION),
				text(v, Column.MANUFACTURER), text(v, Column.ECCN), (Long) v.get(Column.QUANTITY),
				(BigDecimal) v.get(Column.UNIT_VALUE_USD), (BigDecimal) v.get(Column.TPP_PER_UNIT),
				(BigDecimal) v.get(Column.PERFORMANCE_DENSITY),
				party(PartyRole.PURCHASER, v, Column.PURCHASER_NAME, Column.PURCHASER_COUNTRY),
				party(PartyRole.INTERMEDIATE_CONSIGNEE, v, Column.INTERMEDIATE_CONSIGNEE_NAME,
						Column.INTERMEDIATE_CONSIGNEE_COUNTRY),
				ultimateConsignee, party(PartyRole.END_USER, v, Column.END_USER_NAME, Column.END_USER_COUNTRY),
				text(v, Column.END_USER_PARENT_COUNTRY), text(v, Column.ULTIMATE_CONSIGNEE_PARENT_COUNTRY),
				text(v, Column.PURCHASER_PARENT_COUNTRY), text(v, Column.END_USE), text(v, Column.SHIP_TO_COUNTRY),
				text(v, Column.PAYMENT_COUNTRY), text(v, Column.LICENSE_NUMBER), text(v, Column.LICENSE_EXCEPTION),
				(LocalDate) v.get(Column.CUSTOMER_SINCE), row.extra());
	}

	/** A party is named by its name column; a country without a name still counts (end user). */
	private static Party party(PartyRole role, Map<Column, Object> v, Column name, Column country) {
		String partyName = text(v, name);
		String partyCountry = text(v, country);
		if (partyName == null && partyCountry == null) {
			return null;
		}
		return new Party(role, (partyName != null) ? partyName : "", null, partyCountry);
	}

	private static String text(Map<Column, Object> values, Column column) {
		return (String) values.get(column);
	}

	private Object convert(Column column, Object value) {
		return switch (column.kind()) {
			case TEXT -> text(column, value);
			case DATE -> date(value);
			case INTEGER -> quantity(value);
			case DECIMAL -> decimal(value);
			case COUNTRY -> this.countries.alpha2(display(value))
				.orElseThrow(() -> new BadValueException("not a country (use an ISO code or English name)"));
		};
	}

	private static String text(Column column, Object value) {
		String text = display(value).strip();
		int limit = column.maxLength();
		if (text.length() > limit) {
			throw new BadValueException("longer than " + limit + " characters (" + text.length() + ")");
		}
		return text;
	}

	private static LocalDate date(Object value) {
		LocalDate date;
		if (value instanceof LocalDate localDate) {
			date = localDate;
		}
		else if (value instanceof String text) {
			try {
				date = isoDate(text.strip());
			}
			catch (DateTimeException ex) {
				throw new BadValueException("not a date (use an Excel date or yyyy-MM-dd)");
			}
		}
		else {
			throw new BadValueException("not a date (use an Excel date or yyyy-MM-dd)");
		}
		if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
			throw new BadValueException("date out of range (" + EARLIEST_DATE + " to " + LATEST_DATE + ")");
		}
		return date;
	}

	/**
	 * {@code yyyy-MM-dd}: two dates on every database row, and {@link LocalDate#parse}'s general
	 * formatter cost more than the rest of the row's parsing; other forms go to it.
	 */
	private static LocalDate isoDate(String text) {
		if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
			int year = digits(text, 0, 4);
			int month = digits(text, 5, 7);
			int day = digits(text, 8, 10);
			if (year >= 0 && month >= 0 && day >= 0) {
				return LocalDate.of(year, month, day);
			}
		}
		return LocalDate.parse(text);
	}

	/** The number the digits from {@code start} to {@code end} write, or -1 if one is not a digit. */
	private static int digits(String text, int start, int end) {
		int number = 0;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			number = number * 10 + (c - '0');
		}
		return number;
	}

	private static Long quantity(Object value) {
		BigDecimal number = number(value, "not a whole number");
		if (number.signum() <= 0) {
			throw new BadValueException("must be greater than 0");
		}
		if (number.stripTrailingZeros().scale() > 0) {
			throw new BadValueException("not a whole number");
		}
		try {
			return number.longValueExact();
		}
		catch (ArithmeticException ex) {
			throw new BadValueException("too large");
		}
	}

	private static BigDecimal decimal(Object value) {
		BigDecimal number = number(value, "not a number");
		if (number.signum() < 0) {
			throw new BadValueException("must not be negative");
		}
		if (number.precision() - number.scale() > 15) {
			throw new BadValueException("too large");
		}
		return number;
	}

	private static BigDecimal number(Object value, String message) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Long whole) {
			return BigDecimal.valueOf(whole);
		}
		if (value instanceof Double real) {
			if (real.isNaN() || real.isInfinite()) {
				throw new BadValueException(message);
			}
			return BigDecimal.valueOf(real);
		}
		if (value instanceof String text) {
			try {
				return new BigDecimal(text.strip().replace(",", ""));
			}
			catch (NumberFormatException ex) {
				throw new BadValueException(message);
			}
		}
		throw new BadValueException(message);
	}

	/** A cell value as text: whole numbers without ".0", dates in ISO form. */
	public static String display(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Double real && real == Math.rint(real) && !real.isInfinite()
				&& Math.abs(real) < 1e15) {
			return Long.toString(real.longValue());
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}

	/** A cell that cannot be converted; its message is the reject reason. */
	static final class BadValueException extends RuntimeException {

		BadValueException(String reason) {
			super(reason, null, false, false);
		}

	}

}
