package io.shipscreen.transaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TransactionParserTests {

	private final TransactionParser parser = new TransactionParser(CountryCodes.standard());

	@Test
	void buildsTheTransactionFromACompleteRow() {
		ParsedRow parsed = this.parser.parse(row(validCells()));

		assertThat(parsed.isValid()).isTrue();
		ExportTransaction tx = parsed.transaction();
		assertThat(tx.transactionId()).isEqualTo("TX-1");
		assertThat(tx.orderDate()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(tx.quantity()).isEqualTo(8);
		assertThat(tx.unitValueUsd()).isEqualByComparingTo("30000");
		assertThat(tx.ultimateConsignee().country()).isEqualTo("PT");
		assertThat(tx.shipToCountry()).isEqualTo("HK");
		assertThat(tx.effectiveEndUser()).isEqualTo(tx.ultimateConsignee());
		assertThat(tx.extra()).containsEntry("Sales region", "EMEA");
	}

	@Test
	void listsEveryProblemOfARowWithColumnAndValue() {
		Map<Column, Object> cells = validCells();
		cells.put(Column.QUANTITY, -3.0);
		cells.put(Column.SHIP_TO_COUNTRY, "Atlantis");
		cells.put(Column.ORDER_DATE, "30/11/2026");
		cells.remove(Column.ITEM_DESCRIPTION);

		ParsedRow parsed = this.parser.parse(row(cells));

		assertThat(parsed.isValid()).isFalse();
		assertThat(parsed.transactionId()).isEqualTo("TX-1");
		assertThat(parsed.problems()).extracting(RowProblem::column, RowProblem::value, RowProblem::reason)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("order_date", "30/11/2026",
							"not a date (use an Excel date or yyyy-MM-dd)"),
					org.assertj.core.groups.Tuple.tuple("item_description", null, "required value missing"),
					org.assertj.core.groups.Tuple.tuple("quantity", "-3", "must be greater than 0"),
					org.assertj.core.groups.Tuple.tuple("ship_to_country", "Atlantis",
							"not a country (use an ISO code or English name)"));
	}

	@Test
	void rejectsFractionalQuantitiesNegativeValuesAndDatesOutOfRange() {
		Map<Column, Object> cells = validCells();
		cells.put(Column.QUANTITY, 2.5);
		cells.put(Column.UNIT_VALUE_USD, "-1");
		cells.put(Column.CUSTOMER_SINCE, LocalDate.of(1899, 12, 31));
		cells.put(Column.TPP_PER_UNIT, "lots");

		ParsedRow parsed = this.parser.parse(row(cells));

		assertThat(parsed.problems()).extracting(RowProblem::reason)
			.containsExactlyInAnyOrder("not a whole number", "must not be negative",
					"date out of range (1990-01-01 to 2100-12-31)", "not a number");
	}

	@Test
	void acceptsIsoDateTextAndNumbersAsText() {
		Map<Column, Object> cells = validCells();
		cells.put(Column.ORDER_DATE, "2026-11-30");
		cells.put(Column.QUANTITY, "1,200");
		cells.put(Column.TRANSACTION_ID, 1001.0);

		ParsedRow parsed = this.parser.parse(row(cells));

		assertThat(parsed.transaction().orderDate()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(parsed.transaction().quantity()).isEqualTo(1200);
		assertThat(parsed.transaction().transactionId()).isEqualTo("1001");
	}

	@Test
	void rejectsIsoShapedTextThatIsNoDate() {
		for (String text : new String[] { "2026-02-30", "2026-13-01", "2026-1a-01", "2026-00-10", "+2026-11-3" }) {
			Map<Column, Object> cells = validCells();
			cells.put(Column.ORDER_DATE, text);

			assertThat(this.parser.parse(row(cells)).problems()).as(text)
				.extracting(RowProblem::reason)
				.containsExactly("not a date (use an Excel date or yyyy-MM-dd)");
		}
	}

	@Test
	void rejectsIdsLongerThanTheContractAllows() {
		Map<Column, Object> cells = validCells();
		cells.put(Column.TRANSACTION_ID, "X".repeat(65));

		assertThat(this.parser.parse(row(cells)).problems()).extracting(RowProblem::reason)
			.containsExactly("longer than 64 characters (65)");
	}

	private static Map<Column, Object> validCells() {
		Map<Column, Object> cells = new LinkedHashMap<>();
		cells.put(Column.TRANSACTION_ID, "TX-1");
		cells.put(Column.ORDER_DATE, LocalDate.of(2026, 11, 30));
		cells.put(Column.ITEM_DESCRIPTION, "NVIDIA H100 SXM5 80GB");
		cells.put(Column.QUANTITY, 8.0);
		cells.put(Column.UNIT_VALUE_USD, new BigDecimal("30000"));
		cells.put(Column.ULTIMATE_CONSIGNEE_NAME, "Lisboa Compute SA");
		cells.put(Column.ULTIMATE_CONSIGNEE_COUNTRY, "Portugal");
		cells.put(Column.SHIP_TO_COUNTRY, "Hong Kong");
		return cells;
	}

	private static RawRow row(Map<Column, Object> values) {
		Map<Column, RawCell> cells = new HashMap<>();
		values.forEach((column, value) -> cells.put(column, new RawCell(column.header(), "A", value)));
		return new RawRow(SourceRef.ofRow("test.xlsx", 2), cells, Map.of("Sales region", "EMEA"));
	}

}
