package io.shipscreen.review;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.shipscreen.job.NightlyRunLauncher;
import io.shipscreen.job.RunParameters;
import io.shipscreen.testdata.TransactionRows;
import io.shipscreen.testdata.WorkbookFixture;
import io.shipscreen.testdata.WorkbookRows;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ownership screening end to end on H2: a night with an ownership register (given the way
 * {@code --ownership} gives it) holds an EAR99 order to a company 60 % owned by an Entity List
 * party, says so in the flagged workbook, lists the register's bad rows in the run facts, and a
 * reviewer's FALSE POSITIVE clears the hit for the next night.
 */
@SpringBootTest(properties = { "shipscreen.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:ownership;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
		"lists=config/lists/entity-list-ai-extract.csv", "ownership=src/test/resources/ownership/night-register.csv" })
class OwnershipReviewRoundTripTests {

	@DynamicPropertySource
	static void files(DynamicPropertyRegistry registry) {
		H2ReviewRoundTripTests.goodGuyList(registry);
	}

	@Autowired
	NightlyRunLauncher launcher;

	@Autowired
	ReviewImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	@Test
	void anOwnershipHitReachesTheFlaggedWorkbookAndAFalsePositiveClearsItTheNextNight() throws Exception {
		// given: EAR99 orders to companies of the register, in Singapore (no destination rule applies)
		Path input = WorkbookFixture.transactions()
			.row(order("OWN-60", "Lion City Compute Pte Ltd", LocalDate.of(2026, 11, 30)))
			.row(order("OWN-CHAIN", "Merlion Edge Cloud Pte. Ltd.", LocalDate.of(2026, 11, 30)))
			.row(order("OWN-40", "Minority Partner Pte. Ltd.", LocalDate.of(2026, 11, 30)))
			.row(order("OWN-SUSP", "Lion City Compute Pte Ltd", LocalDate.of(2026, 6, 1)))
			.writeTo(this.dir.resolve("orders.xlsx"));
		Path output = this.dir.resolve("output");
		LocalDate night = LocalDate.of(2026, 12, 1);

		// when
		long run1 = screen(night, input, output);

		// then: the 60 % and the chain hold, 40 % and the suspended date do not
		assertThat(decisions(run1)).containsExactlyInAnyOrderEntriesOf(
				Map.of("OWN-60", "HOLD", "OWN-CHAIN", "HOLD", "OWN-40", "CLEAR", "OWN-SUSP", "CLEAR"));
		Path flagged = output.resolve("flagged-" + night + ".xlsx");
		Map<String, Map<String, String>> rows = new HashMap<>();
		WorkbookRows.of(flagged, "Flagged").forEach((row) -> rows.put(row.get("Transaction ID"), row));
		assertThat(rows.get("OWN-60").get("Rules")).contains("PARTY-EL-AFFILIATE");
		assertThat(rows.get("OWN-60").get("Reasons")).contains("Ultimate consignee 'Lion City Compute Pte Ltd' "
				+ "matches ownership register entity 'Lion City Compute Pte. Ltd.', 60 % owned by Entity List party "
				+ "'Huawei Technologies Co. Ltd.' (60 %), so under the BIS Affiliates Rule it is treated as its owners "
				+ "are: licence required for all items subject to the EAR");
		assertThat(rows.get("OWN-CHAIN").get("Reasons")).contains("itself owned through Entity List party "
				+ "'Huawei Technologies Co. Ltd.'");
		assertThat(WorkbookRows.of(flagged, "Hits")).anySatisfy((hit) -> {
			assertThat(hit.get("Transaction ID")).isEqualTo("OWN-CHAIN");
			assertThat(hit.toString()).contains("Huawei Technologies Co. Ltd. [EL] -51 %-> Merlion Data Holdings Pte. "
					+ "Ltd. -70 %-> Merlion Edge Cloud Pte. Ltd.", "90 FR 47201");
		});
		assertThat(this.jdbc.queryForList("SELECT rule_id FROM screening_hit WHERE run_id = ? AND transaction_id = ?",
				String.class, run1, "OWN-SUSP")).containsExactly("PARTY-EL-AFFILIATE-SUSPENDED");
		Path summary = output.resolve("summary-" + night + ".xlsx");
		List<String> facts = WorkbookRows.of(summary, "Run")
			.stream()
			.map((row) -> row.get("Fact") + "=" + row.get("Value"))
			.toList();
		assertThat(facts).anySatisfy((fact) -> assertThat(fact).startsWith("Ownership register night-register.csv=6 "
				+ "rows, 4 holdings used, sha256 "))
			.contains("Ownership register problem 1=night-register.csv row 6: entity_name is empty: the row is not "
					+ "used", "Ownership register problem 2=night-register.csv row 7: share_percent '160' is outside "
							+ "0-100: the row is not used");

		// when: the reviewer finds the 60 % holding is another company of the same name
		Path reviewed;
		try (ReviewerFills fills = ReviewerFills.open(flagged)) {
			reviewed = fills.decide("OWN-60", "FALSE POSITIVE", "A. Reviewer",
					"Our customer is Lion City Compute of Jurong, registry UEN 201912345K, not the Huawei affiliate")
				.saveAs(this.dir.resolve("flagged-" + night + "-reviewed.xlsx"));
		}
		ImportReport report = this.importer.importFile(reviewed);

		// then: the pair is on the good-guy list and the next night shows it as cleared
		assertThat(report.refusals()).isEmpty();
		assertThat(report.cleared()).isEqualTo(1);
		long run2 = screen(night.plusDays(1), input, output);
		assertThat(decisions(run2)).containsEntry("OWN-60", "CLEAR").containsEntry("OWN-CHAIN", "HOLD");
		assertThat(this.jdbc.queryForList("SELECT rule_id FROM screening_hit WHERE run_id = ? AND transaction_id = ?",
				String.class, run2, "OWN-60")).containsExactly("PARTY-CLEARED");
	}

	private static TransactionRows.Row order(String id, String consignee, LocalDate date) {
		return TransactionRows.clean(id)
			.with("order_date", date)
			.with("ultimate_consignee_name", consignee)
			.with("ultimate_consignee_address", "1 Fusionopolis Way, Singapore")
			.with("ultimate_consignee_country", "SG")
			.with("ship_to_country", "SG")
			.with("end_use", "Power supplies for our own data centre");
	}

	private long screen(LocalDate night, Path input, Path output) throws Exception {
		JobExecution execution = this.launcher.launch(new RunParameters(night, RunParameters.SOURCE_EXCEL,
				input.toAbsolutePath().toString(), RunParameters.BY_ORDER_DATE, 0, output), false);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return execution.getJobInstance().getInstanceId();
	}

	private Map<String, String> decisions(long runId) {
		Map<String, String> decisions = new HashMap<>();
		this.jdbc.query("SELECT transaction_id, decision FROM screening_result WHERE run_id = ?",
				(rs) -> {
					decisions.put(rs.getString(1), rs.getString(2));
				}, runId);
		return decisions;
	}

}
