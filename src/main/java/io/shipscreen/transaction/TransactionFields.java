package io.shipscreen.transaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A validated transaction as the text of its input columns, and back: what {@code rescreen}
 * stores of every screened transaction so that it can be screened again later without its
 * workbook. The text is what the parser reads (ISO dates, plain decimals, ISO country codes), so
 * a stored transaction comes back through {@link TransactionParser} exactly as it was screened.
 * The switch names every column: a new input column does not compile until it is stored too.
 */
public final class TransactionFields {

	private TransactionFields() {
	}

	/** Every non-blank input column of {@code tx}, by its contract name. */
	public static Map<String, String> of(ExportTransaction tx) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Column column : Column.values()) {
			String value = value(tx, column);
			if (value != null && !value.isBlank()) {
				fields.put(column.header(), value);
			}
		}
		return fields;
	}

	/** The row these fields make, as the parser reads it (unknown names are pass-through extras). */
	public static RawRow row(SourceRef origin, Map<String, String> fields, Map<String, String> extra) {
		Map<Column, RawCell> cells = new EnumMap<>(Column.class);
		for (Map.Entry<String, String> field : fields.entrySet()) {
			Column.forHeader(field.getKey()).ifPresent((column) -> cells.put(column,
					new RawCell(column.header(), column.header(), field.getValue())));
		}
		return new RawRow(origin, cells, (extra != null) ? extra : Map.of());
	}

	private static String value(ExportTransaction tx, Column column) {
		return switch (column) {
			case TRANSACTION_ID -> tx.transactionId();
			case ORDER_DATE -> date(tx.orderDate());
			case EXPORTER -> tx.exporter();
			case ITEM_PART_NUMBER -> tx.itemPartNumber();
			case ITEM_DESCRIPTION -> tx.itemDescription();
			case MANUFACTURER -> tx.manufacturer();
			case ECCN -> tx.eccn();
			case QUANTITY -> Long.toString(tx.quantity());
			case UNIT_VALUE_USD -> decimal(tx.unitValueUsd());
			case TPP_PER_UNIT -> decimal(tx.tppPerUnit());
			case PERFORMANCE_DENSITY -> decimal(tx.performanceDensity());
			case PURCHASER_NAME -> name(tx.purchaser());
			case PURCHASER_COUNTRY -> country(tx.purchaser());
			case INTERMEDIATE_CONSIGNEE_NAME -> name(tx.intermediateConsignee());
			case INTERMEDIATE_CONSIGNEE_COUNTRY -> country(tx.intermediateConsignee());
			case ULTIMATE_CONSIGNEE_NAME -> name(tx.ultimateConsignee());
			case ULTIMATE_CONSIGNEE_ADDRESS -> (tx.ultimateConsignee() != null) ? tx.ultimateConsignee().address() : null;
			case ULTIMATE_CONSIGNEE_COUNTRY -> country(tx.ultimateConsignee());
			case END_USER_NAME -> name(tx.endUser());
			case END_USER_COUNTRY -> country(tx.endUser());
			case END_USER_PARENT_COUNTRY -> tx.endUserParentCountry();
			case ULTIMATE_CONSIGNEE_PARENT_COUNTRY -> tx.ultimateConsigneeParentCountry();
			case PURCHASER_PARENT_COUNTRY -> tx.purchaserParentCountry();
			case END_USE -> tx.endUse();
			case SHIP_TO_COUNTRY -> tx.shipToCountry();
			case PAYMENT_COUNTRY -> tx.paymentCountry();
			case LICENSE_NUMBER -> tx.licenseNumber();
			case LICENSE_EXCEPTION -> tx.licenseException();
			case CUSTOMER_SINCE -> date(tx.customerSince());
		};
	}

	private static String name(Party party) {
		return (party != null) ? party.name() : null;
	}

	private static String country(Party party) {
		return (party != null) ? party.country() : null;
	}

	private static String date(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static String decimal(BigDecimal value) {
		return (value != null) ? value.toPlainString() : null;
	}

}
