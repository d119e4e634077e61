package io.shipscreen.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

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
 * {@code shipscreen.reject-limit}: a night that rejects more rows than allowed fails with the
 * count and the limit, keeps what it committed, and resumes from there once the input is fixed.
 */
@SpringBootTest(properties = { "shipscreen.cli.enabled=false", "shipscreen.reject-limit=3", "shipscreen.chunk-size=2",
		"spring.datasource.url=jdbc:h2:mem:rejectlimit;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1" })
class RejectLimitTests {

	@Autowired
	NightlyRunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	@Test
	void overTheLimitTheNightFailsWithTheCountAndResumesOnceTheInputIsFixed() throws Exception {
		// given: chunks of two rows; the fourth bad row comes in the fourth chunk
		Path input = this.dir.resolve("orders.xlsx");
		orders(false).writeTo(input);
		Path output = this.dir.resolve("output");
		LocalDate night = LocalDate.of(2033, 3, 3);
		RunParameters run = new RunParameters(night, RunParameters.SOURCE_EXCEL, input.toString(),
				RunParameters.BY_ORDER_DATE, 0, output);

		// when
		JobExecution failed = this.launcher.launch(run, false);

		// then: failed with the reason; the three chunks before it are kept
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.getAllFailureExceptions()).extracting(io.shipscreen.cli.CommandDispatcher::oneLine)
			.contains("4 rows rejected, over the limit of 3 (shipscreen.reject-limit)");
		long runId = failed.getJobInstance().getInstanceId();
		assertThat(screened(runId)).containsExactlyInAnyOrder("G1", "G2", "G3");
		assertThat(Files.readString(output.resolve("failed-" + night + ".txt")))
			.contains("4 rows rejected, over the limit of 3 (shipscreen.reject-limit)");
		assertThat(output.resolve("flagged-" + night + ".xlsx")).doesNotExist();

		// when: the same command again, input unchanged: the committed rejects are not counted twice
		JobExecution again = this.launcher.launch(run, false);
		assertThat(again.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(again.getAllFailureExceptions()).extracting(io.shipscreen.cli.CommandDispatcher::oneLine)
			.contains("4 rows rejected, over the limit of 3 (shipscreen.reject-limit)");

		// when: the subsidiary fixes its fourth bad row and the same command runs again
		orders(true).writeTo(input);
		JobExecution resumed = this.launcher.launch(run, false);

		// then: the same run completes from where it stopped
		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(resumed.getJobInstance().getInstanceId()).isEqualTo(runId);
		assertThat(screened(runId)).containsExactlyInAnyOrder("G1", "G2", "G3", "B4", "G4", "G5");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(DISTINCT source_ref) FROM screening_reject WHERE run_id = ?", Long.class, runId))
			.isEqualTo(3);
		assertThat(output.resolve("failed-" + night + ".txt")).doesNotExist();
	}

	@Test
	void atTheLimitTheNightCompletes() throws Exception {
		Path input = WorkbookFixture.transactions()
			.row(TransactionRows.clean("OK-1"))
			.row(bad("BAD-1"))
			.row(bad("BAD-2"))
			.row(bad("BAD-3"))
			.row(TransactionRows.clean("OK-2"))
			.writeTo(this.dir.resolve("three-bad.xlsx"));

		JobExecution execution = this.launcher.launch(new RunParameters(LocalDate.of(2033, 3, 4),
				RunParameters.SOURCE_EXCEL, input.toString(), RunParameters.BY_ORDER_DATE, 0,
				this.dir.resolve("output")), false);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(screened(execution.getJobInstance().getInstanceId())).containsExactlyInAnyOrder("OK-1", "OK-2");
	}

	private static WorkbookFixture orders(boolean fourthFixed) {
		return WorkbookFixture.transactions()
			.row(TransactionRows.clean("G1"))
			.row(TransactionRows.clean("G2"))
			.row(bad("B1"))
			.row(TransactionRows.clean("G3"))
			.row(bad("B2"))
			.row(bad("B3"))
			.row(fourthFixed ? TransactionRows.clean("B4") : bad("B4"))
			.row(TransactionRows.clean("G4"))
			.row(TransactionRows.clean("G5"));
	}

	private static TransactionRows.Row bad(String id) {
		return TransactionRows.clean(id).with("quantity", -1);
	}

	private List<String> screened(long runId) {
		return this.jdbc.queryForList("SELECT transaction_id FROM screening_result WHERE run_id = ?", String.class,
				runId);
	}

}
