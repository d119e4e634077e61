package io.shipscreen.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import io.shipscreen.screening.Check;
import io.shipscreen.screening.Hit;
import io.shipscreen.testdata.TransactionRows;
import io.shipscreen.testdata.WorkbookFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A night that crashes part-way and is restarted flags exactly what an uninterrupted night
 * flags, including the stateful {@code DIVERSION-VOLUME} check whose history spans chunks.
 */
@SpringBootTest(properties = { "shipscreen.cli.enabled=false", "shipscreen.chunk-size=1",
		"spring.datasource.url=jdbc:h2:mem:restart;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1" })
class RestartDeterminismTests {

	@Autowired
	NightlyRunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CrashOnce crash;

	@Autowired
	JobRepository jobRepository;

	@TempDir
	Path dir;

	@Test
	void aRestartedNightFlagsWhatAnUninterruptedNightFlags() throws Exception {
		// given: a customer's three usual orders, a fourth, then one twenty times larger
		Path input = usualOrdersThenALargeOne("C");

		// when: one night runs through; another crashes at the fourth row and is restarted
		long uninterrupted = completed(run(input, LocalDate.of(2030, 5, 1)));
		JobExecution crashed = crashedAtTheFourthRow(input, LocalDate.of(2030, 5, 2));
		assertThat(crashed.getStatus()).isEqualTo(BatchStatus.FAILED);
		long restarted = completed(run(input, LocalDate.of(2030, 5, 2)));

		// then
		assertThat(restarted).isEqualTo(crashed.getJobInstance().getInstanceId());
		assertThat(outcomes(restarted)).isEqualTo(outcomes(uninterrupted));
		assertThat(outcomes(restarted).get("C5")).contains("DIVERSION-VOLUME")
			.contains("over 4 earlier lines");
	}

	@Test
	void aNightLeftUnknownByAFailedRecordOfItsChunkIsResumedByTheSameCommand() throws Exception {
		// given: a night that crashed at its fourth row, recorded as Spring Batch records a chunk
		// whose commit record failed (the database dropped the session): the step and the job UNKNOWN
		Path input = usualOrdersThenALargeOne("U");
		long uninterrupted = completed(run(input, LocalDate.of(2030, 6, 1)));
		JobExecution crashed = crashedAtTheFourthRow(input, LocalDate.of(2030, 6, 2));
		JobExecution left = this.jobRepository.getJobExecution(crashed.getId());
		for (StepExecution step : left.getStepExecutions()) {
			if (step.getStatus() == BatchStatus.FAILED) {
				step.setStatus(BatchStatus.UNKNOWN);
				this.jobRepository.update(step);
			}
		}
		left.setStatus(BatchStatus.UNKNOWN);
		this.jobRepository.update(left);

		// when: the same command again
		JobExecution resumed = run(input, LocalDate.of(2030, 6, 2));

		// then: the same run resumes from its last recorded chunk and ends as an uninterrupted night
		assertThat(resumed.getId()).isNotEqualTo(crashed.getId());
		long restarted = completed(resumed);
		assertThat(restarted).isEqualTo(crashed.getJobInstance().getInstanceId());
		assertThat(this.jobRepository.getJobExecution(crashed.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(outcomes(restarted)).isEqualTo(outcomes(uninterrupted));
		assertThat(outcomes(restarted).get("U5")).contains("DIVERSION-VOLUME");
	}

	/** Three usual orders of one customer, a fourth (where the crash is armed), then one twenty times larger. */
	private Path usualOrdersThenALargeOne(String prefix) throws Exception {
		WorkbookFixture book = WorkbookFixture.transactions();
		for (String id : List.of(prefix + "1", prefix + "2", prefix + "3", "CRASH-HERE")) {
			book.row(order(id, 8));
		}
		return book.row(order(prefix + "5", 160)).writeTo(this.dir.resolve(prefix + "-book.xlsx"));
	}

	private JobExecution crashedAtTheFourthRow(Path input, LocalDate night) throws Exception {
		this.crash.arm();
		return run(input, night);
	}

	private JobExecution run(Path input, LocalDate night) throws Exception {
		return this.launcher.launch(new RunParameters(night, RunParameters.SOURCE_EXCEL, input.toString(),
				RunParameters.BY_ORDER_DATE, 0, this.dir.resolve("out")), false);
	}

	private static long completed(JobExecution execution) {
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return execution.getJobInstance().getInstanceId();
	}

	/** Transaction id → decision, rules and the volume evidence. */
	private Map<String, String> outcomes(long runId) {
		Map<String, String> outcomes = new java.util.TreeMap<>();
		this.jdbc.query("SELECT transaction_id, decision, rule_ids, evidence FROM screening_result WHERE run_id = ?",
				(rs) -> {
					String evidence = rs.getString(4);
					String volume = (evidence == null) ? "" : evidence.lines()
						.filter((line) -> line.startsWith("DIVERSION-VOLUME"))
						.findFirst()
						.orElse("");
					outcomes.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3) + " " + volume);
				}, runId);
		return outcomes;
	}

	private static TransactionRows.Row order(String id, int quantity) {
		return NightlyScreeningScenarios.h100To(id, "Han River AI Co Ltd", "KR")
			.with("order_date", LocalDate.of(2026, 3, 2))
			.with("quantity", quantity)
			.with("end_use", "Search ranking models")
			.with("customer_since", LocalDate.of(2018, 1, 1));
	}

	/** Crashes the process's screening once, at row CRASH-HERE, like a JVM dying mid-night. */
	static class CrashOnce implements Check {

		private final AtomicBoolean armed = new AtomicBoolean();

		void arm() {
			this.armed.set(true);
		}

		@Override
		public String name() {
			return "crash-once";
		}

		@Override
		public List<Hit> check(io.shipscreen.transaction.ExportTransaction transaction,
				io.shipscreen.screening.ScreeningContext context) {
			if (transaction.transactionId().equals("CRASH-HERE") && this.armed.getAndSet(false)) {
				throw new OutOfMemoryError("simulated crash at CRASH-HERE");
			}
			return List.of();
		}

	}

	@TestConfiguration
	static class CrashConfiguration {

		@Bean
		CrashOnce crashOnce() {
			return new CrashOnce();
		}

	}

}
