package io.shipscreen.licence;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import io.shipscreen.job.NightlyRunLauncher;
import io.shipscreen.job.RunParameters;
import io.shipscreen.review.ImportReport;
import io.shipscreen.review.ReviewImporter;
import io.shipscreen.testdata.TransactionRows;
import io.shipscreen.testdata.WorkbookFixture;
import io.shipscreen.testdata.WorkbookRows;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Licensed lines over two nights, end to end with the register named by {@code --licences}: the
 * licence clears lines until its units are used, the next night's line finds the first night's
 * draws, a rerun counts nothing twice, the summary has a {@code Licences} sheet, {@code audit}
 * shows the draw, and a reviewer can release the held line with a note.
 */
@SpringBootTest(properties = { "shipscreen.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:licence-nights;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
		"lists=config/lists/entity-list-ai-extract.csv", "licences=src/test/resources/licences/nights.csv" })
class LicenceNightsTests {

	@Autowired
	NightlyRunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LicenceAudit audit;

	@Autowired
	LicenceRegister register;

	@Autowired
	ReviewImporter importer;

	@TempDir
	Path dir;

	private static TransactionRows.Row licensed(String id, String orderDate, int units, String licence) {
		return TransactionRows.h100(id, "Shenzhen Compute Ltd.", "CN")
			.with("order_date", LocalDate.parse(orderDate))
			.with("quantity", units)
			.with("end_use", "Climate modelling")
			.with("license_number", licence);
	}

	@Test
	void drawsAccumulateOverTwoNightsAndTheLineThatNoLongerFitsIsHeldUntilAReviewerReleasesIt() throws Exception {
		// given: the register's bad row was reported and left out
		assertThat(this.register.problems()).singleElement()
			.asString()
			.isEqualTo("src/test/resources/licences/nights.csv row 4 column valid_to: 'not a date' is not a date (yyyy-MM-dd)");

		// when: night 1 ships 60 and 30 units on D-NIGHTS-1 (100 units), one line on an expired licence
		Path output = this.dir.resolve("output");
		Path night1 = WorkbookFixture.transactions()
			.row(licensed("LN-2", "2026-11-28", 30, "D-NIGHTS-1"))
			.row(licensed("LN-1", "2026-11-27", 60, "d-nights-1"))
			.row(licensed("LN-OLD", "2026-11-28", 5, "D-OLD-2"))
			.writeTo(this.dir.resolve("night-1.xlsx"));
		long run1 = screen(LocalDate.of(2026, 11, 28), night1, output, false);

		// then: LN-2 (read first) finds nothing before it and clears; LN-1, ordered before it but read
		// after it, clears and is for review, as LN-2 was decided without it; the expired licence holds
		assertThat(decisions(run1)).containsExactlyInAnyOrderEntriesOf(
				Map.of("LN-1", "REVIEW", "LN-2", "CLEAR", "LN-OLD", "HOLD"));
		assertThat(reason(run1, "LN-OLD", "DEST-D5")).contains("licence D-OLD-2 expired on 2025-12-31");
		assertThat(reason(run1, "LN-1", "LICENCE-ON-FILE")).contains("40 of 100 units remain after this line; "
				+ "but lines ordered after this one (LN-2) were screened before it without counting it: "
				+ "with it the licence is 90 % used, so review those lines");

		// when: night 2 brings 20 more units, and night 1 is screened again (--rerun)
		Path night2 = WorkbookFixture.transactions()
			.row(licensed("LN-3", "2026-11-29", 20, "D-NIGHTS-1"))
			.writeTo(this.dir.resolve("night-2.xlsx"));
		long run2 = screen(LocalDate.of(2026, 11, 29), night2, output, false);
		long rerun1 = screen(LocalDate.of(2026, 11, 28), night1, output, true);

		// then: the new line finds night 1's draws and is held; the rerun, knowing every line, finds LN-2
		// at 90 % (REVIEW) and counts nothing twice
		assertThat(decisions(run2)).containsEntry("LN-3", "HOLD");
		assertThat(reason(run2, "LN-3", "DEST-D5"))
			.contains("licence D-NIGHTS-1 does not clear it: licence D-NIGHTS-1 allows 100 units; 90 used before this line of 20");
		assertThat(decisions(rerun1)).containsExactlyInAnyOrderEntriesOf(
				Map.of("LN-1", "CLEAR", "LN-2", "REVIEW", "LN-OLD", "HOLD"));
		assertThat(reason(rerun1, "LN-2", "LICENCE-ON-FILE")).contains("10 of 100 units remain after this line; it is 90 % used");
		assertThat(this.jdbc.queryForList("SELECT transaction_id FROM licence_draw ORDER BY transaction_id", String.class))
			.containsExactly("LN-1", "LN-2", "LN-3");
		assertThat(this.jdbc.queryForObject("SELECT SUM(quantity) FROM licence_draw", Long.class)).isEqualTo(110);

		// then: the summary's Licences sheet; the run facts name the register file and its hash
		Path summary = output.resolve("summary-2026-11-29.xlsx");
		Map<String, Map<String, String>> licences = WorkbookRows.of(summary, "Licences")
			.stream()
			.collect(Collectors.toMap((row) -> row.get("Licence"), (row) -> row));
		assertThat(licences.get("D-NIGHTS-1")).containsEntry("Max units", "100")
			.containsEntry("Used units", "110")
			.containsEntry("Remaining units", "-10")
			.containsEntry("Valid to", "2027-12-31")
			.containsEntry("Lines tonight", "1");
		assertThat(licences.get("D-NIGHTS-1").get("Drawn tonight")).isEqualTo("LN-3 (2026-11-29): 20 units, 600,000 USD");
		assertThat(licences.get("D-OLD-2")).containsEntry("Used units", "0");
		assertThat(WorkbookRows.of(summary, "Run")).anySatisfy((row) -> {
			assertThat(row.get("Fact")).isEqualTo("Licence register src/test/resources/licences/nights.csv");
			assertThat(row.get("Value")).startsWith("2 licences, 1 bad rows, sha256 ");
		});

		// then: audit shows the line's draw and what was used before it
		assertThat(this.audit.lines("LN-2")).hasSize(2)
			.last()
			.asString()
			.contains("licence D-NIGHTS-1: this line 30 units, 900,000 USD (ordered 2026-11-28, run " + rerun1
					+ "); used before it 60 units, 1,800,000 USD; limits 100 units");

		// when: a reviewer releases the held line with a note (the licence was amended)
		Path reviewed = release(output.resolve("flagged-2026-11-29.xlsx"), "LN-3",
				"BIS amended D-NIGHTS-1 to 150 units on 2026-11-29");
		ImportReport report = this.importer.importFile(reviewed);

		// then: the release is recorded; the draws are unchanged by it
		assertThat(report.accepted()).isEqualTo(1);
		assertThat(report.refusals()).isEmpty();
		assertThat(this.jdbc.queryForList("SELECT review_decision FROM review_decision WHERE transaction_id = 'LN-3'",
				String.class)).containsExactly("RELEASE");
		assertThat(this.jdbc.queryForObject("SELECT SUM(quantity) FROM licence_draw", Long.class)).isEqualTo(110);
	}

	private long screen(LocalDate night, Path input, Path output, boolean rerun) throws Exception {
		JobExecution execution = this.launcher.launch(new RunParameters(night, RunParameters.SOURCE_EXCEL,
				input.toAbsolutePath().toString(), RunParameters.BY_ORDER_DATE, 0, output), rerun);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return execution.getJobInstance().getInstanceId();
	}

	private Map<String, String> decisions(long runId) {
		return this.jdbc.queryForList("SELECT transaction_id, decision FROM screening_result WHERE run_id = ?", runId)
			.stream()
			.collect(Collectors.toMap((row) -> (String) row.get("transaction_id"), (row) -> (String) row.get("decision")));
	}

	private String reason(long runId, String transactionId, String ruleId) {
		List<String> reasons = this.jdbc.queryForList(
				"SELECT reason FROM screening_hit WHERE run_id = ? AND transaction_id = ? AND rule_id = ?", String.class,
				runId, transactionId, ruleId);
		assertThat(reasons).as("%s hits of %s", ruleId, transactionId).isNotEmpty();
		return reasons.get(0);
	}

	/** Fills in the flagged workbook as a reviewer does: RELEASE, name and note on the line's row. */
	private Path release(Path flagged, String transactionId, String note) throws Exception {
		Path target = this.dir.resolve("reviewed.xlsx");
		try (InputStream in = Files.newInputStream(flagged); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet("Flagged");
			Map<String, Integer> columns = new java.util.HashMap<>();
			for (Cell cell : sheet.getRow(0)) {
				columns.put(cell.getStringCellValue(), cell.getColumnIndex());
			}
			for (Row row : sheet) {
				Cell id = row.getCell(columns.get("Transaction ID"));
				if (row.getRowNum() > 0 && id != null && transactionId.equals(id.getStringCellValue())) {
					row.createCell(columns.get("Reviewer decision")).setCellValue("RELEASE");
					row.createCell(columns.get("Reviewer")).setCellValue("A. Reviewer");
					row.createCell(columns.get("Reviewer note")).setCellValue(note);
				}
			}
			try (OutputStream out = Files.newOutputStream(target)) {
				workbook.write(out);
			}
		}
		return target;
	}

}
