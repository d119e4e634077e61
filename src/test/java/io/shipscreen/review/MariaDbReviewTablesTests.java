package io.shipscreen.review;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.shipscreen.parties.Clearance;
import io.shipscreen.parties.NameNormalizer;
import io.shipscreen.report.ReviewDecision;
import io.shipscreen.report.SummarySheet;
import io.shipscreen.report.SummaryWorkbookWriter;
import io.shipscreen.result.RunRepository;
import io.shipscreen.screening.QuotaLedger;
import io.shipscreen.support.MariaDb;
import io.shipscreen.testdata.WorkbookRows;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review tables on a real MariaDB through Connector/J: the V30 migration, generated keys,
 * the trail, the last-review look-up and the summary's reviewer and open-item sheets.
 */
class MariaDbReviewTablesTests {

	private static JdbcTemplate jdbc;

	@TempDir
	Path dir;

	@BeforeAll
	static void database() {
		String url = MariaDb.freshDatabase("shipscreen_it_review");
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "root", "");
		Flyway.configure().dataSource(dataSource).table("shipscreen_schema_history").load().migrate();
		jdbc = new JdbcTemplate(dataSource);
	}

	@Test
	void aRecordedDecisionIsInTheTrailTheNextNightsLastReviewAndTheSummary() throws Exception {
		// given: a HOLD on night 1, screened again on night 9
		run(1, LocalDate.of(2026, 12, 1));
		run(2, LocalDate.of(2026, 12, 9));
		result(1, "TX-1", "Shenzhen Compute Ltd.");
		result(2, "TX-1", "Shenzhen Compute Ltd.");
		result(2, "TX-2", "SHENZHEN COMPUTE LTD");
		result(2, "TX-3", "Another Party");
		ReviewStore store = new ReviewStore(jdbc);
		StoredResult stored = store.result(1, "TX-1").orElseThrow();
		ReviewedRow row = new ReviewedRow("Flagged", 2, Map.of("Transaction ID", "TX-1"));
		String key = new NameNormalizer().normalize("Shenzhen Compute Ltd.").key();

		// when
		long importId = store.insertImport(new ReviewStore.ImportedFile("reviewed.xlsx", "/tmp/reviewed.xlsx",
				"ab".repeat(32), "tester"), Instant.now(), 3, 1, 0, 1);
		long first = store.insertDecision(importId,
				new Accepted(row, stored, ReviewDecision.FALSE_POSITIVE, "A. Reviewer", "not them", key,
						List.of(new PartyClearance(new Clearance("Shenzhen Compute Ltd.", "EL:abc", "f1", "A. Reviewer",
								LocalDate.of(2026, 12, 2), "not them"), "ultimate_consignee_name"))),
				"reviewed.xlsx", Instant.now());
		long second = store.insertDecision(importId,
				new Accepted(row, stored, ReviewDecision.ESCALATE, "B. Senior", "", key, List.of()), "reviewed.xlsx",
				Instant.now());
		store.insertRefusal(importId, 1, new Refused(new ReviewedRow("Flagged", 3, Map.of("Transaction ID", "TX-1",
				"Reviewer decision", "RELEASE")), 1L, "RELEASE of a HOLD needs a note"), Instant.now());

		// then: keys come back from Connector/J, and every step is in the trail in order
		assertThat(second).isGreaterThan(first).isPositive();
		assertThat(new AuditTrail(jdbc).of("TX-1")).extracting((e) -> e.kind() + " " + e.runId() + " " + e.outcome())
			.containsExactly("SCREENED 1 HOLD", "SCREENED 2 HOLD", "REVIEWED 1 FALSE POSITIVE", "REVIEWED 1 ESCALATE",
					"REFUSED 1 RELEASE");
		assertThat(store.alreadyRecorded(1, "TX-1", ReviewDecision.ESCALATE, "B. Senior", "")).isTrue();

		// then: night 9 shows the last decision, on the transaction and on the same consignee
		var lookup = new ReviewHistory(jdbc, new NameNormalizer()).forRun(2);
		assertThat(lookup.lastReview("TX-1", "Shenzhen Compute Ltd.")).get().asString().startsWith("ESCALATE by B. Senior on ");
		assertThat(lookup.lastReview("TX-2", "SHENZHEN COMPUTE LTD")).get().asString().endsWith("[TX-1, same consignee]");
		assertThat(lookup.lastReview("TX-3", "Another Party")).isEmpty();

		// then: the summary counts the reviewers' decisions and tonight's open items by age
		Path summary = this.dir.resolve("summary.xlsx");
		new SummaryWorkbookWriter(jdbc, new RunRepository(jdbc),
				new DefaultListableBeanFactory().getBeanProvider(QuotaLedger.class),
				new DefaultListableBeanFactory().getBeanProvider(SummarySheet.class)).write(2, summary);
		assertThat(WorkbookRows.of(summary, "By reviewer"))
			.extracting((r) -> r.get("Reviewer") + " FP=" + r.get("FALSE POSITIVE") + " ESC=" + r.get("ESCALATE"))
			.containsExactlyInAnyOrder("A. Reviewer FP=1 ESC=0", "B. Senior FP=0 ESC=1");
		assertThat(WorkbookRows.of(summary, "Open items"))
			.extracting((r) -> r.get("Age") + " HOLD=" + r.get("HOLD") + " ESCALATED=" + r.get("ESCALATED"))
			.containsExactly("0-1 days HOLD=2 ESCALATED=0", "2-7 days HOLD=0 ESCALATED=0",
					"8-30 days HOLD=0 ESCALATED=1", "over 30 days HOLD=0 ESCALATED=0");
	}

	private static void run(long runId, LocalDate night) {
		jdbc.update("""
				INSERT INTO screening_run (run_id, run_date, source, input, policy_mode, rerun, status, facts, started_at)
				VALUES (?, ?, 'excel', '/in', 'by-order-date', 0, 'COMPLETED', ?, ?)
				""", runId, night, "Party lists snapshot\tabc123 (1 files, 10 entries)",
				Timestamp.from(Instant.parse("2026-12-01T02:00:00Z").plusSeconds(runId * 86_400 * 8)));
	}

	private static void result(long runId, String id, String consignee) {
		jdbc.update("""
				INSERT INTO screening_result (run_id, transaction_id, source_file, source_row, order_date,
				    item_description, quantity, unit_value_usd, ultimate_consignee_name, ultimate_consignee_country,
				    ship_to_country, decision, hit_count, rule_ids, reasons, screened_at)
				VALUES (?, ?, 'orders.xlsx', 2, ?, 'H100', 8, 30000, ?, 'CN', 'CN', 'HOLD', 1, 'DEST-D5', 'a reason', ?)
				""", runId, id, LocalDate.of(2026, 11, 30), consignee,
				// screened before the decisions below are recorded (now)
				Timestamp.from(Instant.now().minusSeconds((3 - runId) * 86_400)));
	}

}
