package io.shipscreen.transaction;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The input columns of docs/contract.md §1, in contract order. */
public enum Column {

	TRANSACTION_ID(Kind.TEXT, true), ORDER_DATE(Kind.DATE, true), EXPORTER(Kind.TEXT, false),
	ITEM_PART_NUMBER(Kind.TEXT, false), ITEM_DESCRIPTION(Kind.TEXT, true), MANUFACTURER(Kind.TEXT, false),
	ECCN(Kind.TEXT, false), QUANTITY(Kind.INTEGER, true), UNIT_VALUE_USD(Kind.DECIMAL, true),
	TPP_PER_UNIT(Kind.DECIMAL, false), PERFORMANCE_DENSITY(Kind.DECIMAL, false), PURCHASER_NAME(Kind.TEXT, false),
	PURCHASER_COUNTRY(Kind.COUNTRY, false), INTERMEDIATE_CONSIGNEE_NAME(Kind.TEXT, false),
	INTERMEDIATE_CONSIGNEE_COUNTRY(Kind.COUNTRY, false), ULTIMATE_CONSIGNEE_NAME(Kind.TEXT, true),
	ULTIMATE_CONSIGNEE_ADDRESS(Kind.TEXT, false), ULTIMATE_CONSIGNEE_COUNTRY(Kind.COUNTRY, true),
	END_USER_NAME(Kind.TEXT, false), END_USER_COUNTRY(Kind.COUNTRY, false),
	END_USER_PARENT_COUNTRY(Kind.COUNTRY, false),
	ULTIMATE_CONSIGNEE_PARENT_COUNTRY(Kind.COUNTRY, false), PURCHASER_PARENT_COUNTRY(Kind.COUNTRY, false), END_USE(Kind.TEXT, false), SHIP_TO_COUNTRY(Kind.COUNTRY, true),
	PAYMENT_COUNTRY(Kind.COUNTRY, false), LICENSE_NUMBER(Kind.TEXT, false), LICENSE_EXCEPTION(Kind.TEXT, false),
	CUSTOMER_SINCE(Kind.DATE, false);

	/** What a column holds, which decides how a cell is parsed. */
	public enum Kind {

		TEXT, DATE, INTEGER, DECIMAL, COUNTRY

	}

	// declared before BY_KEY: the map is built with key() during class initialisation
	private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]+");

	private static final Map<String, Column> BY_KEY = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap((column) -> key(column.header()), Function.identity()));

	private final Kind kind;

	private final boolean required;

	Column(Kind kind, boolean required) {
		this.kind = kind;
		this.required = required;
	}

	public Kind kind() {
		return this.kind;
	}

	public boolean required() {
		return this.required;
	}

	/**
	 * The longest text the column may hold (the width of its database column): longer values
	 * are rejected, never cut.
	 */
	public int maxLength() {
		return switch (this) {
			case TRANSACTION_ID, LICENSE_NUMBER -> 64;
			case ECCN, LICENSE_EXCEPTION -> 32;
			case EXPORTER, ITEM_PART_NUMBER, MANUFACTURER -> 255;
			case PURCHASER_NAME, INTERMEDIATE_CONSIGNEE_NAME, ULTIMATE_CONSIGNEE_NAME, END_USER_NAME -> 512;
			default -> 4000;
		};
	}

	/** The contract's name, e.g. {@code ship_to_country}; also the database column name. */
	public String header() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The column a header cell names: case-insensitive, ignoring spaces, underscores and
	 * hyphens ({@code Ship To Country} == {@code ship_to_country}).
	 */
	public static Optional<Column> forHeader(String header) {
		return (header != null) ? Optional.ofNullable(BY_KEY.get(key(header))) : Optional.empty();
	}

	static String key(String header) {
		return SEPARATORS.matcher(header.toLowerCase(Locale.ROOT)).replaceAll("");
	}

}
