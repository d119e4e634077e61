package io.shipscreen.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;

import io.shipscreen.screening.Check;
import io.shipscreen.screening.Hit;
import io.shipscreen.screening.ScreeningContext;
import io.shipscreen.testdata.TransactionRows;
import io.shipscreen.testdata.WorkbookFixture;
import io.shipscreen.transaction.ExportTransaction;

/**
 * A transient database error (deadlock, failover) gets its chunk processed and written again, not
 * the night failed; the rows of that chunk are screened once, never taken for duplicates of
 * themselves.
 */
@SpringBootTest(properties = { "shipscreen.cli.enabled=false", "shipscreen.chunk-size=3",
		"spring.datasource.url=jdbc:h2:mem:retry;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1" })
class TransientErrorRetryTests {

	@Autowired
	NightlyRunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BlipOnce blip;

	@TempDir
	Path dir;

	@Test
	void aChunkRetriedAfterATransientErrorIsScreenedOnceAndNothingIsRejected() throws Exception {
		// given: four orders, the third meeting a database blip the first time it is screened
		Path input = WorkbookFixture.transactions()
			.row(TransactionRows.clean("R1"))
			.row(TransactionRows.clean("R2"))
			.row(TransactionRows.clean("BLIP"))
			.row(TransactionRows.clean("R4"))
			.row(TransactionRows.clean("R1"))
			.writeTo(this.dir.resolve("orders.xlsx"));
		this.blip.arm();

		// when
		JobExecution execution = this.launcher.launch(new RunParameters(LocalDate.of(2031, 1, 7),
				RunParameters.SOURCE_EXCEL, input.toString(), RunParameters.BY_ORDER_DATE, 0,
				this.dir.resolve("out")), false);

		// then: the blip was met, the chunk retried, every order screened; only the real duplicate rejected
		assertThat(this.blip.met()).isTrue();
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long runId = execution.getJobInstance().getInstanceId();
		assertThat(this.jdbc.queryForList("SELECT transaction_id FROM screening_result WHERE run_id = ? ORDER BY 1",
				String.class, runId))
			.containsExactly("BLIP", "R1", "R2", "R4");
		assertThat(this.jdbc.queryForList("SELECT source_ref || ' ' || reason FROM screening_reject WHERE run_id = ?",
				String.class, runId))
			.containsExactly("row 6 duplicate transaction_id: an earlier row of this run has the same id");
	}

	/** Fails the screening of row BLIP once with a transient database error. */
	static class BlipOnce implements Check {

		private final AtomicBoolean armed = new AtomicBoolean();

		private final AtomicBoolean met = new AtomicBoolean();

		void arm() {
			this.armed.set(true);
		}

		boolean met() {
			return this.met.get();
		}

		@Override
		public String name() {
			return "blip-once";
		}

		@Override
		public List<Hit> check(ExportTransaction transaction, ScreeningContext context) {
			if (transaction.transactionId().equals("BLIP") && this.armed.getAndSet(false)) {
				this.met.set(true);
				throw new TransientDataAccessResourceException("simulated connection blip");
			}
			return List.of();
		}

	}

	@TestConfiguration
	static class BlipConfiguration {

		@Bean
		BlipOnce blipOnce() {
			return new BlipOnce();
		}

	}

}
