package io.shipscreen.source.excel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import io.shipscreen.job.NightlyRunLauncher;
import io.shipscreen.job.RunParameters;
import io.shipscreen.testdata.TransactionRows;
import io.shipscreen.testdata.WorkbookFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad rows of every kind, interleaved with good ones in two workbooks of one night: each bad row
 * is a reject naming its row, column and reason, and every good row of the same night is
 * screened. Rows that look odd but are valid (a numeric id, a formula with a cached result) are
 * screened like any other.
 */
@SpringBootTest(properties = { "shipscreen.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:nightly;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1" })
class BadRowNightTests {

	@Autowired
	NightlyRunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	/** A bad row: what is wrong with it, and the reject it must produce (column: reason). */
	record Case(String what, TransactionRows.Row row, String expectedReject) {
	}

	@Test
	void everyBadRowIsRejectedWithItsColumnAndReasonAndEveryGoodRowIsScreened() throws Exception {
		// given: workbook a (hand-built: inline strings, formulas, error cells, a 40,000-character cell)
		List<Case> casesA = List.of(
				new Case("no transaction id", clean(null), "transaction_id: required value missing"),
				new Case("id of 65 characters", clean("X".repeat(65)),
						"transaction_id: longer than 64 characters (65)"),
				new Case("day-first date text", clean("A-DATE-1").with("order_date", "31/11/2026"),
						"order_date: not a date (use an Excel date or yyyy-MM-dd)"),
				new Case("date after 2100", clean("A-DATE-2").with("order_date", "2101-01-01"),
						"order_date: date out of range (1990-01-01 to 2100-12-31)"),
				new Case("boolean date", clean("A-DATE-3").with("order_date", true),
						"order_date: not a date (use an Excel date or yyyy-MM-dd)"),
				new Case("serial number without a date style", clean("A-DATE-4").with("order_date", 46000),
						"order_date: not a date (use an Excel date or yyyy-MM-dd)"),
				new Case("negative quantity", clean("A-QTY-1").with("quantity", -3), "quantity: must be greater than 0"),
				new Case("zero quantity", clean("A-QTY-2").with("quantity", 0), "quantity: must be greater than 0"),
				new Case("fractional quantity", clean("A-QTY-3").with("quantity", 2.5), "quantity: not a whole number"),
				new Case("quantity in words", clean("A-QTY-4").with("quantity", "ten"), "quantity: not a whole number"),
				new Case("boolean quantity", clean("A-QTY-5").with("quantity", false), "quantity: not a whole number"),
				new Case("formula quantity without a cached result",
						clean("A-QTY-6").with("quantity", new RawXlsx.Formula("B2*4", null)),
						"quantity: formula =B2*4 has no saved result (the program that wrote the file did not "
								+ "calculate it): recalculate and save the workbook in Excel or LibreOffice, or write "
								+ "the value"),
				new Case("negative price", clean("A-VAL-1").with("unit_value_usd", -1), "unit_value_usd: must not be negative"),
				new Case("price in words", clean("A-VAL-2").with("unit_value_usd", "call for price"),
						"unit_value_usd: not a number"),
				new Case("error cell as price", clean("A-VAL-3").with("unit_value_usd", new RawXlsx.Error("#DIV/0!")),
						"unit_value_usd: not a number"),
				new Case("boolean price", clean("A-VAL-4").with("unit_value_usd", true), "unit_value_usd: not a number"),
				new Case("TPP in words", clean("A-TPP-1").with("tpp_per_unit", "very fast"), "tpp_per_unit: not a number"),
				new Case("unknown country name", clean("A-CTY-1").with("ultimate_consignee_country", "Atlantis"),
						"ultimate_consignee_country: not a country (use an ISO code or English name)"),
				new Case("unknown country code", clean("A-CTY-2").with("ship_to_country", "XX"),
						"ship_to_country: not a country (use an ISO code or English name)"),
				new Case("number as country", clean("A-CTY-3").with("ship_to_country", 42),
						"ship_to_country: not a country (use an ISO code or English name)"),
				new Case("blank required country", clean("A-CTY-4").with("ship_to_country", "   "),
						"ship_to_country: required value missing"),
				new Case("description over 4,000 characters",
						clean("A-TXT-1").with("item_description", "d".repeat(4001)),
						"item_description: longer than 4000 characters (4001)"),
				new Case("ECCN over 32 characters", clean("A-TXT-2").with("eccn", "3A090.a" + "x".repeat(30)),
						"eccn: longer than 32 characters (37)"),
				new Case("cell past Excel's 32,767-character limit",
						clean("A-TXT-3").with("ultimate_consignee_name", "N".repeat(40_000)),
						"ultimate_consignee_name: longer than 512 characters (40000)"),
				new Case("duplicate id within a file", clean("GOOD-A1"),
						"transaction_id: duplicate transaction_id: an earlier row of this run has the same id"));
		List<TransactionRows.Row> goodA = List.of(clean("GOOD-A1"), clean("GOOD-A2"),
				clean("12345").with("transaction_id", 12345),
				clean("GOOD-A4").with("quantity", new RawXlsx.Formula("2*4", 8)),
				clean("GOOD-A5").with("end_use", new RawXlsx.Formula("HYPERLINK(\"http://x.example\",\"click\")", "click")),
				clean("GOOD-A6").with("ship_to_country", "Korea, Republic of").with("ultimate_consignee_country", "kor"));
		RawXlsx a = RawXlsx.sheet("Transactions").row(TransactionRows.HEADERS);
		Map<String, String> expected = new TreeMap<>();
		int rowNumber = 1;
		for (int i = 0; i < Math.max(goodA.size(), casesA.size()); i++) {
			if (i < goodA.size()) {
				a.row(TransactionRows.HEADERS, goodA.get(i));
				rowNumber++;
			}
			if (i < casesA.size()) {
				a.row(TransactionRows.HEADERS, casesA.get(i).row());
				rowNumber++;
				expected.put("a-orders.xlsx row " + rowNumber, casesA.get(i).expectedReject());
			}
		}
		Path input = Files.createDirectories(this.dir.resolve("input"));
		a.writeTo(input.resolve("a-orders.xlsx"));

		// given: workbook b (as Excel saves it: date cells), with an id already seen in workbook a
		WorkbookFixture b = WorkbookFixture.transactions()
			.row(clean("GOOD-B1"))
			.row(clean("GOOD-A2"))
			.row(clean("B-DATE-1").with("order_date", LocalDate.of(1989, 12, 31)))
			.row(clean("B-QTY-1").with("quantity", LocalDate.of(2026, 1, 1)))
			.row(clean("B-CTY-1").with("end_user_country", LocalDate.of(2026, 1, 1)))
			.row(clean("B-MULTI").with("quantity", -1).with("ship_to_country", "Narnia"))
			.row(clean("GOOD-B2"));
		b.writeTo(input.resolve("b-orders.xlsx"));
		expected.put("b-orders.xlsx row 3",
				"transaction_id: duplicate transaction_id: an earlier row of this run has the same id");
		expected.put("b-orders.xlsx row 4", "order_date: date out of range (1990-01-01 to 2100-12-31)");
		expected.put("b-orders.xlsx row 5", "quantity: not a whole number");
		expected.put("b-orders.xlsx row 6",
				"end_user_country: not a country (use an ISO code or English name)");
		expected.put("b-orders.xlsx row 7", "quantity: must be greater than 0 | "
				+ "ship_to_country: not a country (use an ISO code or English name)");

		// when
		LocalDate night = LocalDate.of(2032, 2, 2);
		JobExecution execution = this.launcher.launch(new RunParameters(night, RunParameters.SOURCE_EXCEL,
				input.toString(), RunParameters.BY_ORDER_DATE, 0, this.dir.resolve("output")), false);

		// then: the night completes, each bad row is one reject with its reason(s)
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long runId = execution.getJobInstance().getInstanceId();
		assertThat(rejects(runId)).containsExactlyInAnyOrderEntriesOf(expected);

		// then: every good row of both workbooks is screened, the odd-but-valid ones as written
		assertThat(screened(runId)).containsExactlyInAnyOrder("GOOD-A1", "GOOD-A2", "12345", "GOOD-A4", "GOOD-A5",
				"GOOD-A6", "GOOD-B1", "GOOD-B2");
		assertThat(this.jdbc.queryForObject(
				"SELECT quantity FROM screening_result WHERE run_id = ? AND transaction_id = 'GOOD-A4'", Long.class,
				runId))
			.isEqualTo(8);
		assertThat(Files.list(this.dir.resolve("output")).map((p) -> p.getFileName().toString()))
			.contains("flagged-" + night + ".xlsx", "summary-" + night + ".xlsx");
	}

	private static TransactionRows.Row clean(String id) {
		TransactionRows.Row row = TransactionRows.clean(id);
		if (id == null) {
			row.without("transaction_id");
		}
		return row;
	}

	/** "file row n" → "column: reason | column: reason" for each rejected row. */
	private Map<String, String> rejects(long runId) {
		Map<String, List<String>> byRow = new LinkedHashMap<>();
		this.jdbc.query("SELECT source_file, source_ref, column_name, reason FROM screening_reject WHERE run_id = ? "
				+ "ORDER BY source_file, source_ref, column_name", (rs) -> {
					byRow.computeIfAbsent(rs.getString(1) + " " + rs.getString(2), (k) -> new ArrayList<>())
						.add(rs.getString(3) + ": " + rs.getString(4));
				}, runId);
		Map<String, String> joined = new TreeMap<>();
		byRow.forEach((row, problems) -> joined.put(row, String.join(" | ", problems)));
		return joined;
	}

	private Set<String> screened(long runId) {
		return new HashSet<>(this.jdbc.queryForList("SELECT transaction_id FROM screening_result WHERE run_id = ?",
				String.class, runId));
	}

}
