package io.shipscreen.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.shipscreen.job.NightlyRunLauncher;
import io.shipscreen.job.RunParameters;
import io.shipscreen.testdata.TransactionRows;
import io.shipscreen.testdata.WorkbookFixture;
import io.shipscreen.testdata.WorkbookRows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The morning review round trip end to end: screen a night, fill in the flagged workbook as a
 * reviewer would (with mistakes), import it, screen the next night. Run on H2 and MariaDB.
 */
abstract class ReviewRoundTripScenarios {

	private static final AtomicInteger NIGHTS = new AtomicInteger();

	/** Listed on the Entity List (config/lists/entity-list-ai-extract.csv): a party HOLD. */
	static final String HUAWEI = "Huawei Technologies Co., Ltd.";

	@Autowired
	NightlyRunLauncher launcher;

	@Autowired
	ReviewImporter importer;

	@Autowired
	AuditTrail audit;

	@Autowired
	AuditWorkbookWriter auditWorkbook;

	@Autowired
	ReviewFolder reviewFolder;


	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectProvider<ReviewImporter> importers;

	@Autowired
	ObjectProvider<ReviewFolder> reviewFolders;

	@TempDir
	Path dir;

	LocalDate night() {
		return LocalDate.of(2027, 1, 1).plusDays(10L * NIGHTS.incrementAndGet() + (System.nanoTime() % 3000) * 10);
	}

	@Test
	void decisionsComeBackFromTheWorkbookClearTheFalsePositiveAndLeaveAnAuditTrail() throws Exception {
		// given: a night with a party hit, two China H100 orders and rows a reviewer will get wrong
		String p = "RT" + NIGHTS.incrementAndGet() + "-";
		Path input = WorkbookFixture.transactions()
			.row(TransactionRows.clean(p + "HW").with("ultimate_consignee_name", HUAWEI)
				.with("ultimate_consignee_country", "HK").with("ship_to_country", "HK"))
			.row(h100(p + "CN", "Shenzhen Compute Ltd."))
			.row(h100(p + "NONOTE", "Guangzhou Vision Co."))
			.row(h100(p + "EDIT", "Wuhan Optics Co."))
			.row(h100(p + "TYPO", "Hefei Data Co."))
			.row(h100(p + "ESC", "Chengdu Grid Co."))
			.writeTo(this.dir.resolve("orders.xlsx"));
		LocalDate first = night();
		Path output = this.dir.resolve("output");
		long run1 = screen(first, input, output);
		assertThat(decisions(run1)).containsEntry(p + "HW", "HOLD").containsEntry(p + "CN", "HOLD");

		// when: the reviewer fills in the flagged workbook and it is imported
		Path reviewed;
		try (ReviewerFills fills = ReviewerFills.open(output.resolve("flagged-" + first + ".xlsx"))) {
			reviewed = fills.decide(p + "HW", "FALSE POSITIVE", "A. Reviewer", "Different company: Huawei Tech HK Ltd is a reseller of cables, checked registry")
				.decide(p + "CN", "RELEASE", "A. Reviewer", "BIS licence D123456 covers this shipment")
				.decide(p + "NONOTE", "RELEASE", "A. Reviewer", null)
				.decide(p + "EDIT", "RELEASE", "A. Reviewer", "looks fine")
				.edit(p + "EDIT", "Decision", "REVIEW")
				.decide(p + "TYPO", "APPROVE", "A. Reviewer", "ok")
				.decide(p + "ESC", "ESCALATE", "B. Senior", null)
				.edit(p + "ESC", "Transaction ID", p + "NOPE")
				.saveAs(this.dir.resolve("flagged-" + first + "-reviewed.xlsx"));
		}
		ImportReport report = this.importer.importFile(reviewed);

		// then: the good rows are recorded, each bad row refused with its reason
		assertThat(report.accepted()).isEqualTo(2);
		// every party match of the row is cleared: the name matched several Huawei entries
		assertThat(report.cleared()).isEqualTo(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM screening_hit WHERE run_id = ? AND transaction_id = ? AND rule_id = 'PARTY-EL'",
				Integer.class, run1, p + "HW")).isPositive();
		assertThat(report.refusals()).hasSize(4)
			.anySatisfy((r) -> assertThat(r).contains(p + "NONOTE").contains("RELEASE of a HOLD needs a note or licence reference"))
			.anySatisfy((r) -> assertThat(r).contains(p + "EDIT").contains("key columns altered: Decision is 'REVIEW' in the workbook but 'HOLD'"))
			.anySatisfy((r) -> assertThat(r).contains(p + "TYPO").contains("'APPROVE' is not one of RELEASE, CONFIRM HOLD, FALSE POSITIVE, ESCALATE"))
			.anySatisfy((r) -> assertThat(r).contains(p + "NOPE").contains("unknown result"));

		// when: the same orders are screened the next night
		LocalDate second = first.plusDays(1);
		Path input2 = WorkbookFixture.transactions()
			.row(TransactionRows.clean(p + "HW").with("ultimate_consignee_name", HUAWEI)
				.with("ultimate_consignee_country", "HK").with("ship_to_country", "HK"))
			.row(h100(p + "CN", "Shenzhen Compute Ltd."))
			.row(h100(p + "CN2", "Shenzhen Compute Ltd."))
			.writeTo(this.dir.resolve("orders-2.xlsx"));
		long run2 = screen(second, input2, output);

		// then: the cleared party no longer holds; the released transaction shows its release
		assertThat(decisions(run2)).containsEntry(p + "HW", "CLEAR").containsEntry(p + "CN", "HOLD");
		assertThat(this.jdbc.queryForList("SELECT rule_id FROM screening_hit WHERE run_id = ? AND transaction_id = ?",
				String.class, run2, p + "HW")).isNotEmpty().containsOnly("PARTY-CLEARED");
		Map<String, Map<String, String>> flagged = byId(WorkbookRows.of(output.resolve("flagged-" + second + ".xlsx"), "Flagged"));
		assertThat(flagged).doesNotContainKey(p + "HW");
		assertThat(flagged.get(p + "CN").get("Last review"))
			.isEqualTo("RELEASE by A. Reviewer on " + LocalDate.now() + " (run " + run1 + "): BIS licence D123456 covers this shipment");
		assertThat(flagged.get(p + "CN2").get("Last review")).startsWith("RELEASE by A. Reviewer")
			.endsWith("[" + p + "CN, same consignee]");
		assertThat(flagged.get(p + "CN").get("Run")).isEqualTo(Long.toString(run2));

		// then: the summary counts decisions by reviewer and open items by age
		Path summary = output.resolve("summary-" + second + ".xlsx");
		assertThat(WorkbookRows.of(summary, "By reviewer")).anySatisfy((row) -> {
			assertThat(row.get("Reviewer")).isEqualTo("A. Reviewer");
			assertThat(Integer.parseInt(row.get("RELEASE"))).isPositive();
			assertThat(Integer.parseInt(row.get("FALSE POSITIVE"))).isPositive();
		});
		assertThat(WorkbookRows.of(summary, "Open items"))
			.extracting((row) -> row.get("Age") + " HOLD=" + row.get("HOLD"))
			.containsExactly("0-1 days HOLD=1", "2-7 days HOLD=0", "8-30 days HOLD=0", "over 30 days HOLD=0");

		// then: the audit trail has every step, in order
		assertThat(this.audit.of(p + "HW")).extracting((e) -> e.kind() + " " + e.runId() + " " + e.outcome())
			.containsExactly("SCREENED " + run1 + " HOLD", "REVIEWED " + run1 + " FALSE POSITIVE",
					"SCREENED " + run2 + " CLEAR");
		AuditEvent falsePositive = this.audit.of(p + "HW").get(1);
		assertThat(falsePositive.headline()).startsWith("by A. Reviewer: Different company");
		assertThat(falsePositive.context()).contains("flagged-" + first + "-reviewed.xlsx Flagged row");
		assertThat(falsePositive.details()).hasSize(report.cleared())
			.allSatisfy((detail) -> assertThat(detail).contains("'" + HUAWEI + "'").contains("is not EL:"));
		assertThat(this.audit.of(p + "NONOTE")).extracting((e) -> e.kind() + " " + e.outcome())
			.containsExactly("SCREENED HOLD", "REFUSED RELEASE");
		assertThat(AuditCommand.format(p + "HW", this.audit.of(p + "HW")))
			.startsWith("Audit trail of " + p + "HW: 2 screenings, 1 review decisions, 0 refused review rows")
			.contains("party lists ", "hit 1 PARTY-EL HOLD ultimate_consignee_name", "good-guy list: '" + HUAWEI + "'");

		// then: the export an auditor opens has the same steps
		Path export = this.dir.resolve("audit.xlsx");
		this.auditWorkbook.write(List.of(p + "HW", p + "NONOTE"), export);
		assertThat(WorkbookRows.of(export, "Trail"))
			.extracting((row) -> row.get("Transaction ID") + " " + row.get("Event") + " " + row.get("Decision"))
			.containsExactly(p + "HW SCREENED HOLD", p + "HW REVIEWED FALSE POSITIVE", p + "HW SCREENED CLEAR",
					p + "NONOTE SCREENED HOLD", p + "NONOTE REFUSED RELEASE");
		assertThat(WorkbookRows.of(export, "Hits")).extracting((row) -> row.get("Hit"))
			.anySatisfy((hit) -> assertThat(hit).startsWith("hit 1 PARTY-CLEARED INFO"));
	}

	@Test
	void aWorkbookDroppedInTheReviewFolderIsImportedBeforeTheNightAndMovedAside() throws Exception {
		// given: a reviewed workbook in the review folder
		String p = "FO" + NIGHTS.incrementAndGet() + "-";
		LocalDate night = night();
		Path output = this.dir.resolve("output");
		JobExecution screened = launch(night, WorkbookFixture.transactions().row(h100(p + "1", "Dalian Port Systems"))
			.writeTo(this.dir.resolve("in.xlsx")), output);
		long run = screened.getJobInstance().getInstanceId();
		Path folder = Files.createDirectories(this.reviewFolder.folder());
		try (ReviewerFills fills = ReviewerFills.open(output.resolve("flagged-" + night + ".xlsx"))) {
			fills.decide(p + "1", "ESCALATE", "D. Analyst", "end use unclear, ask legal")
				.saveAs(folder.resolve("flagged-" + night + "-" + p + ".xlsx"));
		}

		// when: the next night runs, and once more (as a restart would import again)
		JobExecution next = launch(night.plusDays(1), this.dir.resolve("in.xlsx"), this.dir.resolve("next"));
		launch(night.plusDays(2), this.dir.resolve("in.xlsx"), this.dir.resolve("after"));

		// then: imported once, by the first step of the next night, and moved out of the folder
		assertThat(this.jdbc.queryForList("SELECT review_decision FROM review_decision WHERE run_id = ?",
				String.class, run)).containsExactly("ESCALATE");
		assertThat(next.getStepExecutions()).first().satisfies((step) -> {
			assertThat(step.getStepName()).isEqualTo("importReviews");
			assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(step.getExitStatus().getExitDescription()).contains("flagged-" + night + "-" + p + ".xlsx")
				.contains("1 decisions recorded");
		});
		assertThat(folder.resolve("flagged-" + night + "-" + p + ".xlsx")).doesNotExist();
		try (var imported = Files.list(folder.resolve("imported"))) {
			assertThat(imported.map((file) -> file.getFileName().toString()))
				.anySatisfy((name) -> assertThat(name).endsWith("-flagged-" + night + "-" + p + ".xlsx"));
		}
	}

	@Test
	void importingTheSameWorkbookTwiceRecordsEachDecisionOnce() throws Exception {
		String p = "TW" + NIGHTS.incrementAndGet() + "-";
		Path input = WorkbookFixture.transactions().row(h100(p + "CN", "Xi'an Robotics Co.")).writeTo(this.dir.resolve("o.xlsx"));
		LocalDate night = night();
		Path output = this.dir.resolve("output");
		long run = screen(night, input, output);
		Path reviewed;
		try (ReviewerFills fills = ReviewerFills.open(output.resolve("flagged-" + night + ".xlsx"))) {
			reviewed = fills.decide(p + "CN", "confirm hold", "C. Officer", "no licence on file").saveAs(this.dir.resolve("r.xlsx"));
		}

		ImportReport once = this.importer.importFile(reviewed);
		ImportReport twice = this.importer.importFile(reviewed);

		assertThat(once.accepted()).isEqualTo(1);
		assertThat(twice.accepted()).isZero();
		assertThat(twice.unchanged()).isEqualTo(1);
		assertThat(this.jdbc.queryForList("SELECT review_decision FROM review_decision WHERE run_id = ? AND transaction_id = ?",
				String.class, run, p + "CN")).containsExactly("CONFIRM_HOLD");
	}

	@Test
	void aDecisionOnAResultScreenedDifferentlySinceIsRefused() throws Exception {
		String p = "CH" + NIGHTS.incrementAndGet() + "-";
		LocalDate night = night();
		Path output = this.dir.resolve("output");
		long run1 = screen(night, WorkbookFixture.transactions().row(h100(p + "1", "Nanjing Labs Co."))
			.writeTo(this.dir.resolve("a.xlsx")), output);
		Path old = Files.copy(output.resolve("flagged-" + night + ".xlsx"), this.dir.resolve("old.xlsx"));
		// the next night the order was corrected: a clean part to Japan, nothing flagged
		screen(night.plusDays(1), WorkbookFixture.transactions().row(TransactionRows.clean(p + "1"))
			.writeTo(this.dir.resolve("b.xlsx")), output);
		Path reviewed;
		try (ReviewerFills fills = ReviewerFills.open(old)) {
			reviewed = fills.decide(p + "1", "RELEASE", "A. Reviewer", "licence D1").saveAs(this.dir.resolve("late.xlsx"));
		}

		ImportReport report = this.importer.importFile(reviewed);

		assertThat(report.accepted()).isZero();
		assertThat(report.refusals()).singleElement().asString()
			.contains("changed result: run ").contains("screened it since as CLEAR").doesNotContain("run " + run1 + " (");
	}

	@Test
	void theCommandsSayWhatTheyDidAndRefuseWhatTheyCannotDoInOneLine() throws Exception {
		// given: a screened HOLD, reviewed
		String p = "CM" + NIGHTS.incrementAndGet() + "-";
		LocalDate night = night();
		Path output = this.dir.resolve("output");
		screen(night, WorkbookFixture.transactions().row(h100(p + "1", "Qingdao Marine Co."))
			.writeTo(this.dir.resolve("in.xlsx")), output);
		Path reviewed;
		try (ReviewerFills fills = ReviewerFills.open(output.resolve("flagged-" + night + ".xlsx"))) {
			reviewed = fills.decide(p + "1", "CONFIRM HOLD", "E. Officer", "no licence").saveAs(this.dir.resolve("r.xlsx"));
		}
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		java.io.PrintStream print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
		ReviewCommand review = new ReviewCommand(this.importers, this.reviewFolders, print);
		AuditCommand auditCommand = new AuditCommand(this.audit, this.auditWorkbook, print);

		// when / then: import, then the audit of the transaction
		assertThat(review.run(line("review", "import", reviewed.toString()))).isZero();
		assertThat(auditCommand.run(line("audit", p + "1"))).isZero();
		assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("shipscreen review: r.xlsx: 1 rows, 1 decisions recorded, 0 already recorded, 0 refused")
			.contains("Audit trail of " + p + "1: 1 screenings, 1 review decisions, 0 refused review rows")
			.contains("REVIEWED run ").contains("CONFIRM HOLD  by E. Officer: no licence");

		// then: what cannot be done is one line with its exit code
		Path notAWorkbook = Files.writeString(this.dir.resolve("decisions.xlsx"), "not a workbook");
		assertThatThrownBy(() -> review.run(line("review", "import", notAWorkbook.toString())))
			.isInstanceOf(io.shipscreen.cli.CommandException.class)
			.hasMessageStartingWith("decisions.xlsx: cannot be read")
			.hasMessageEndingWith("(nothing imported)")
			.extracting((ex) -> ((io.shipscreen.cli.CommandException) ex).exitCode()).isEqualTo(1);
		assertThatThrownBy(() -> review.run(line("review", "import", this.dir.resolve("missing.xlsx").toString())))
			.hasMessageStartingWith("no such file: ");
		assertThatThrownBy(() -> auditCommand.run(line("audit", p + "NEVER")))
			.hasMessage("no screening or review of transaction '" + p + "NEVER' is recorded");
	}

	static io.shipscreen.cli.CommandLine line(String command, String... arguments) {
		return new io.shipscreen.cli.CommandLine(command, List.of(arguments),
				new org.springframework.boot.DefaultApplicationArguments(arguments));
	}

	long screen(LocalDate night, Path input, Path output) throws Exception {
		return launch(night, input, output).getJobInstance().getInstanceId();
	}

	@Test
	void aReviewWorkbookThatCannotBeReadIsNamedInTheImportStepAndTheNightStillCompletes() throws Exception {
		// given: something that is not a flagged workbook waiting in the review folder
		String p = "BR" + NIGHTS.incrementAndGet() + "-";
		Path folder = Files.createDirectories(this.reviewFolder.folder());
		Path broken = Files.writeString(folder.resolve("broken-" + p + ".xlsx"), "not a workbook");
		try {
			// when: a night runs
			JobExecution night = launch(night(), WorkbookFixture.transactions().row(h100(p + "1", "Acme Robotics"))
				.writeTo(this.dir.resolve("in.xlsx")), this.dir.resolve("output"));

			// then: the night completed; its importReviews step names the file and why, which stays put
			assertThat(night.getStepExecutions()).first().satisfies((step) -> {
				assertThat(step.getStepName()).isEqualTo("importReviews");
				assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
				assertThat(step.getExitStatus().getExitDescription())
					.startsWith("NOT IMPORTED broken-" + p + ".xlsx: ");
			});
			assertThat(broken).exists();
		}
		finally {
			Files.deleteIfExists(broken);
		}
	}

	JobExecution launch(LocalDate night, Path input, Path output) throws Exception {
		JobExecution execution = this.launcher.launch(new RunParameters(night, RunParameters.SOURCE_EXCEL,
				input.toAbsolutePath().toString(), RunParameters.BY_ORDER_DATE, 0, output), false);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return execution;
	}

	static TransactionRows.Row h100(String id, String consignee) {
		return TransactionRows.h100(id, consignee, "CN");
	}

	Map<String, String> decisions(long runId) {
		Map<String, String> decisions = new HashMap<>();
		this.jdbc.query("SELECT transaction_id, decision FROM screening_result WHERE run_id = ?",
				(rs) -> {
					decisions.put(rs.getString(1), rs.getString(2));
				}, runId);
		return decisions;
	}

	static Map<String, Map<String, String>> byId(List<Map<String, String>> rows) {
		Map<String, Map<String, String>> byId = new HashMap<>();
		rows.forEach((row) -> byId.put(row.get("Transaction ID"), row));
		return byId;
	}

}
