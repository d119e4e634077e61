package io.shipscreen.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.shipscreen.testdata.TransactionRows;
import io.shipscreen.testdata.WorkbookFixture;
import io.shipscreen.testdata.WorkbookRows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The nightly job end to end, as the compliance team and the operators see it: workbooks in,
 * rows in the result tables, workbooks out. Run against H2 and against MariaDB by the
 * subclasses, the same scenarios on both.
 */
abstract class NightlyScreeningScenarios {

	/** Each scenario screens its own night, so runs never collide in a shared database. */
	private static final AtomicInteger NIGHTS = new AtomicInteger();

	@Autowired
	NightlyRunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	LocalDate night() {
		return LocalDate.of(2026, 1, 1).plusDays(NIGHTS.incrementAndGet() + (System.nanoTime() % 3000));
	}

	@Test
	void excelNightScreensEveryGoodRowAndRejectsTheBadOnesWithTheirRowAndColumn() throws Exception {
		// given: a clean order, a China H100 order, an embargoed destination, a bad country, a duplicate id
		Path input = Files.createDirectories(this.dir.resolve("input"));
		WorkbookFixture.transactions()
			.row(TransactionRows.clean("TX-JP"))
			.row(h100To("TX-CN", "Shenzhen Compute Ltd.", "CN"))
			.row(TransactionRows.clean("TX-IR").with("ultimate_consignee_name", "Tehran Servers Co.")
				.with("ultimate_consignee_country", "Iran").with("ship_to_country", "IR"))
			.row(TransactionRows.clean("TX-BAD").with("ship_to_country", "Atlantis"))
			.row(TransactionRows.clean("TX-JP"))
			.writeTo(input.resolve("subsidiary-a.xlsx"));
		Path output = this.dir.resolve("output");
		LocalDate night = night();

		// when
		JobExecution execution = this.launcher.launch(excelRun(night, input, output), false);

		// then: the database
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long runId = execution.getJobInstance().getInstanceId();
		assertThat(decisions(runId)).containsExactlyInAnyOrderEntriesOf(
				Map.of("TX-JP", "CLEAR", "TX-CN", "HOLD", "TX-IR", "HOLD"));
		assertThat(this.jdbc.queryForList(
				"SELECT source_ref, column_name, cell_value, reason FROM screening_reject WHERE run_id = ? "
						+ "ORDER BY source_ref",
				runId))
			.extracting((row) -> row.get("source_ref") + " " + row.get("column_name") + " " + row.get("cell_value"))
			.containsExactly("row 5 ship_to_country Atlantis", "row 6 transaction_id TX-JP");

		// then: the flagged workbook, HOLD rows with their reasons; the rejects with row and column
		Path flagged = output.resolve("flagged-" + night + ".xlsx");
		List<Map<String, String>> rows = WorkbookRows.of(flagged, "Flagged");
		assertThat(rows).extracting((row) -> row.get("Transaction ID") + " " + row.get("Decision"))
			.containsExactly("TX-CN HOLD", "TX-IR HOLD");
		assertThat(rows).allSatisfy((row) -> {
			assertThat(row.get("Reasons")).isNotBlank();
			assertThat(row.get("Rules")).isNotBlank();
			assertThat(row.get("Reviewer decision")).isEmpty();
		});
		assertThat(WorkbookRows.of(flagged, "Hits")).extracting((row) -> row.get("Transaction ID"))
			.contains("TX-CN", "TX-IR");
		assertThat(WorkbookRows.of(flagged, "Rejects"))
			.extracting((row) -> row.get("Row or key") + " " + row.get("Column") + " " + row.get("Cell") + " "
					+ row.get("Reason"))
			.containsExactly("row 5 ship_to_country Y5 not a country (use an ISO code or English name)",
					"row 6 transaction_id  duplicate transaction_id: an earlier row of this run has the same id");

		// then: the summary workbook
		Path summary = output.resolve("summary-" + night + ".xlsx");
		assertThat(WorkbookRows.of(summary, "By decision"))
			.extracting((row) -> row.get("Decision") + "=" + row.get("Transactions"))
			.containsExactly("CLEAR=1", "REVIEW=0", "HOLD=2", "Total=3");
		assertThat(WorkbookRows.of(summary, "Run")).extracting((row) -> row.get("Fact") + "=" + row.get("Value"))
			.contains("Rows rejected=2", "Transactions screened=3", "Input files=subsidiary-a.xlsx (5 rows)");
		assertThat(WorkbookRows.of(summary, "By destination"))
			.extracting((row) -> row.get("Consignee country") + " " + row.get("Group") + " " + row.get("CLEAR") + "/"
					+ row.get("REVIEW") + "/" + row.get("HOLD") + "=" + row.get("Total"))
			.containsExactly("CN D:5 0/0/1=1", "IR E:1 0/0/1=1", "JP A:5 1/0/0=1");
		assertThat(WorkbookRows.of(summary, "By tier or group"))
			.extracting((row) -> row.get("Policy") + " " + row.get("Destination group") + "=" + row.get("Total"))
			.containsExactlyInAnyOrder("post-rescission-2025 D:5=1", "post-rescission-2025 E:1=1",
					"post-rescission-2025 A:5=1");
		assertThat(WorkbookRows.of(summary, "By source file"))
			.extracting((row) -> row.get("Source file") + " " + row.get("Screened") + " " + row.get("CLEAR") + "/"
					+ row.get("REVIEW") + "/" + row.get("HOLD") + " rejected " + row.get("Rejected rows"))
			.containsExactly("subsidiary-a.xlsx 3 1/0/2 rejected 2");

		// then: a CLEAR result keeps what decided it; the texts a reviewer reads are kept for flagged rows
		assertThat(this.jdbc.queryForList("""
				SELECT transaction_id, item_part_number, quantity, ultimate_consignee_name, item_description, reasons
				FROM screening_result WHERE run_id = ? ORDER BY transaction_id
				""", runId))
			.extracting((row) -> row.get("transaction_id") + " " + row.get("item_part_number") + " x"
					+ row.get("quantity") + " " + row.get("ultimate_consignee_name") + " | "
					+ (row.get("item_description") != null) + " " + (row.get("reasons") != null))
			.containsExactly("TX-CN H100-SXM5-80G x8 Shenzhen Compute Ltd. | true true",
					"TX-IR PSU-2000W x10 Tehran Servers Co. | true true",
					"TX-JP PSU-2000W x10 Sakura Cloud Systems KK | false false");
	}

	@Test
	void aCompletedNightIsRefusedUnlessRerunWhichScreensItAsANewRun() throws Exception {
		Path input = WorkbookFixture.transactions()
			.row(h100To("TX-1", "Beijing AI Lab", "CN"))
			.writeTo(this.dir.resolve("orders.xlsx"));
		RunParameters run = excelRun(night(), input, this.dir.resolve("output"));
		JobExecution first = this.launcher.launch(run, false);
		assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThatThrownBy(() -> this.launcher.launch(run, false)).isInstanceOf(RunRefusedException.class)
			.hasMessageContaining("was already completed")
			.hasMessageContaining("use --rerun");

		JobExecution rerun = this.launcher.launch(run, true);
		assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(rerun.getJobInstance().getInstanceId()).isNotEqualTo(first.getJobInstance().getInstanceId());
		assertThat(decisions(rerun.getJobInstance().getInstanceId())).containsEntry("TX-1", "HOLD");
	}

	@Test
	void anUnreadableWorkbookFailsTheNightNamingTheFileAndTheSameCommandResumesOnceFixed() throws Exception {
		// given: one good workbook and one that is not a workbook at all
		Path input = Files.createDirectories(this.dir.resolve("input"));
		WorkbookFixture.transactions().row(TransactionRows.clean("TX-1")).writeTo(input.resolve("a-good.xlsx"));
		Path bad = Files.writeString(input.resolve("b-broken.xlsx"), "this is a CSV export, renamed");
		Path output = this.dir.resolve("output");
		LocalDate night = night();
		RunParameters run = excelRun(night, input, output);

		// when
		JobExecution failed = this.launcher.launch(run, false);

		// then: nothing is published, the reason names the file, the morning note says how to resume
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(RunLifecycleListener.failureReason(failed))
			.isEqualTo("b-broken.xlsx: not an .xlsx workbook (not a zip file)");
		assertThat(output.resolve("flagged-" + night + ".xlsx")).doesNotExist();
		assertThat(output.resolve("failed-" + night + ".txt")).content()
			.contains("b-broken.xlsx: not an .xlsx workbook")
			.contains("java -jar target/shipscreen.jar screen --run-date=" + night);

		// when the file is fixed and the same command runs again
		WorkbookFixture.transactions().row(h100To("TX-2", "Shanghai Cloud Co.", "CN")).writeTo(bad);
		JobExecution resumed = this.launcher.launch(run, false);

		// then: the same run completes
		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(resumed.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
		assertThat(decisions(resumed.getJobInstance().getInstanceId()))
			.containsExactlyInAnyOrderEntriesOf(Map.of("TX-1", "CLEAR", "TX-2", "HOLD"));
		assertThat(output.resolve("failed-" + night + ".txt")).doesNotExist();
		assertThat(output.resolve("flagged-" + night + ".xlsx")).exists();
	}

	@Test
	void tableNightReadsExportTransactionInKeyOrder() throws Exception {
		// given
		this.jdbc.update("DELETE FROM export_transaction");
		insert("DB-1", "JP", "JP", "EAR99", null);
		insert("DB-2", "CN", "CN", "3A090.a", 15832);
		insert("DB-3", "XX", "JP", "EAR99", null);
		LocalDate night = night();
		Path output = this.dir.resolve("output");
		RunParameters run = new RunParameters(night, RunParameters.SOURCE_DB, RunParameters.TABLE,
				RunParameters.BY_ORDER_DATE, 0, output);

		// when
		JobExecution execution = this.launcher.launch(run, false);

		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long runId = execution.getJobInstance().getInstanceId();
		assertThat(decisions(runId)).containsExactlyInAnyOrderEntriesOf(Map.of("DB-1", "CLEAR", "DB-2", "HOLD"));
		assertThat(WorkbookRows.of(output.resolve("flagged-" + night + ".xlsx"), "Rejects"))
			.extracting((row) -> row.get("Row or key") + " " + row.get("Column") + " " + row.get("Value"))
			.containsExactly("key DB-3 ultimate_consignee_country XX");
	}

	@Test
	void uaeOrdersAreHeldUnderTheRuleOfTheirDateAndEveryPartysParentIsTested() throws Exception {
		// given: the table with the parent-country columns of V70; UAE orders either side of
		// 2026-07-10, an approved consignee before and after its exemption's until date
		this.jdbc.update("DELETE FROM export_transaction");
		insertH100("DB-UAE-JUN", "2026-06-15", "Falcon Compute LLC", "AE", null);
		insertH100("DB-UAE-AUG", "2026-08-03", "Falcon Compute LLC", "AE", null);
		insertH100("DB-G42-AUG", "2026-08-03", "G42", "AE", null);
		insertH100("DB-G42-2027", "2027-05-03", "G42", "AE", null);
		insertH100("DB-HQ", "2026-08-03", "Danube Data Kft", "HU", "CN");
		LocalDate night = night();
		Path output = this.dir.resolve("output");
		RunParameters run = new RunParameters(night, RunParameters.SOURCE_DB, RunParameters.TABLE,
				RunParameters.BY_ORDER_DATE, 0, output);

		// when
		JobExecution execution = this.launcher.launch(run, false);

		// then: each order under the rule in force on its date
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long runId = execution.getJobInstance().getInstanceId();
		assertThat(this.jdbc.queryForList(
				"SELECT transaction_id, rule_id, severity, policy_version FROM screening_hit WHERE run_id = ? ORDER BY transaction_id, seq",
				runId))
			.extracting((row) -> row.get("transaction_id") + " " + row.get("rule_id") + " " + row.get("severity") + " v"
					+ row.get("policy_version"))
			.containsExactly("DB-G42-2027 DEST-UAE HOLD v4", "DB-G42-AUG DEST-UAE-EXEMPT INFO v4", "DB-HQ HQ-D5 HOLD v4",
					"DB-UAE-AUG DEST-UAE HOLD v4", "DB-UAE-JUN DEST-D1-D4 HOLD v4");
		assertThat(decisions(runId)).containsEntry("DB-G42-AUG", "CLEAR").containsEntry("DB-G42-2027", "HOLD");
		assertThat(this.jdbc.queryForObject(
				"SELECT reason FROM screening_hit WHERE run_id = ? AND transaction_id = 'DB-G42-2027'", String.class, runId))
			.contains("G42 was exempt as an approved entity of Supp. No. 8 to Part 740 (until 2027-04-06), which does not cover 2027-05-03");
		// the summary's Run sheet names the policy version
		assertThat(WorkbookRows.of(output.resolve("summary-" + night + ".xlsx"), "Run"))
			.extracting((row) -> row.get("Fact") + "=" + row.get("Value"))
			.anySatisfy((fact) -> assertThat(fact).startsWith("Policies=").contains("post-rescission-2025 v4"));
	}

	private void insertH100(String id, String orderDate, String consignee, String country, String consigneeParent) {
		this.jdbc.update("""
				INSERT INTO export_transaction (transaction_id, order_date, item_description, eccn, quantity,
				    unit_value_usd, tpp_per_unit, ultimate_consignee_name, ultimate_consignee_country, ship_to_country,
				    ultimate_consignee_parent_country, end_use)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", id, LocalDate.parse(orderDate), "NVIDIA H100 SXM5 80GB", "3A090.a", 8, 30000, 15832, consignee,
				country, country, consigneeParent, "Language models");
	}

	private void insert(String id, String consigneeCountry, String shipTo, String eccn, Integer tpp) {
		this.jdbc.update("""
				INSERT INTO export_transaction (transaction_id, order_date, item_description, eccn, quantity,
				    unit_value_usd, tpp_per_unit, ultimate_consignee_name, ultimate_consignee_country, ship_to_country)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", id, LocalDate.of(2026, 11, 30), "Accelerator card", eccn, 4, 25000, tpp, "Consignee " + id,
				consigneeCountry, shipTo);
	}

	static TransactionRows.Row h100To(String id, String consignee, String country) {
		return TransactionRows.h100(id, consignee, country);
	}

	RunParameters excelRun(LocalDate night, Path input, Path output) {
		return new RunParameters(night, RunParameters.SOURCE_EXCEL, input.toAbsolutePath().toString(),
				RunParameters.BY_ORDER_DATE, 0, output);
	}

	Map<String, String> decisions(long runId) {
		Map<String, String> decisions = new java.util.HashMap<>();
		this.jdbc.query("SELECT transaction_id, decision FROM screening_result WHERE run_id = ?",
				(rs) -> {
					decisions.put(rs.getString(1), rs.getString(2));
				}, runId);
		return decisions;
	}


}
