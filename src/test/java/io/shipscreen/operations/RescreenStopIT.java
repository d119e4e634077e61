package io.shipscreen.operations;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import io.shipscreen.support.MariaDb;
import io.shipscreen.testdata.TransactionGenerator;

import static io.shipscreen.operations.JobDatabase.count;
import static io.shipscreen.operations.JobDatabase.lastStatus;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A re-screen stopped by SIGTERM, as systemd or Kubernetes stops it, with the real jar against
 * MariaDB: it ends STOPPED at a chunk boundary (not STOPPING, which no command could resume),
 * and the same command then resumes the same run and completes it, every stored transaction
 * re-screened once.
 */
class RescreenStopIT {

	private static final int ROWS = 20_000;

	private static final LocalDate NIGHT = LocalDate.of(2026, 11, 30);

	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	Path dir;

	@Test
	void aRescreenStoppedBySigtermEndsStoppedAndTheSameCommandCompletesIt() throws Exception {
		// given: a night screened and stored
		String url = MariaDb.freshDatabase("shipscreen_it_rescreen_stop");
		JarProcess.jar();
		ExportTable.prepare(url, new TransactionGenerator(ROWS, 20261201L, 0.02, NIGHT));
		JarProcess night = JarProcess.start(this.dir.resolve("night.log"),
				command(url, "screen", "--source=db", "--run-date=" + NIGHT, "--output=" + this.dir.resolve("night")));
		assertThat(night.waitFor(10)).as("night, see %s", this.dir).isZero();
		long stored = count(url, "SELECT COUNT(*) FROM screened_transaction");
		assertThat(stored).isGreaterThan(ROWS * 9 / 10);

		// when: SIGTERM while the re-screen is screening
		List<String> rescreen = command(url, "rescreen", "--output=" + this.dir.resolve("rescreen"));
		JarProcess running = JarProcess.start(this.dir.resolve("rescreen-1.log"), rescreen);
		awaitRescreened(url, stored / 5, running);
		running.terminate();

		// then: it ends STOPPED, part of the transactions re-screened
		assertThat(running.waitFor(3)).isNotZero();
		assertThat(lastStatus(url)).isEqualTo("STOPPED");
		long stoppedRun = count(url, "SELECT MAX(run_id) FROM screening_run WHERE source = 'rescreen'");
		assertThat(rescreened(url)).isBetween(stored / 5, stored - 1);

		// when: the same command again
		JarProcess resumed = JarProcess.start(this.dir.resolve("rescreen-2.log"), rescreen);

		// then: the same run completes, every stored transaction re-screened once
		assertThat(resumed.waitFor(10)).as("resumed re-screen, see %s", this.dir).isZero();
		assertThat(lastStatus(url)).isEqualTo("COMPLETED");
		assertThat(count(url, "SELECT MAX(run_id) FROM screening_run WHERE source = 'rescreen'")).isEqualTo(stoppedRun);
		assertThat(rescreened(url)).isEqualTo(stored);
		assertThat(resumed.stdout()).contains("shipscreen: rescreen run " + stoppedRun)
			.contains(" completed: " + stored + " re-screened");
	}

	private static List<String> command(String url, String... args) {
		List<String> command = new ArrayList<>(List.of(args));
		command.addAll(List.of("--lists=config/lists/entity-list-ai-extract.csv,config/lists/csl_sample_2025-06.csv",
				"--spring.profiles.active=mysql", "--spring.datasource.url=" + url, "--shipscreen.chunk-size=200",
				"--shipscreen.progress-interval=5s"));
		return command;
	}

	private static void awaitRescreened(String url, long rows, JarProcess process) throws Exception {
		while (process.isAlive()) {
			if (rescreened(url) >= rows) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the re-screen ended before re-screening " + rows + " transactions");
	}

	/** Results committed by the latest re-screen run (0 before it has started). */
	private static long rescreened(String url) throws SQLException {
		return count(url, "SELECT COUNT(*) FROM screening_result WHERE run_id = "
				+ "(SELECT COALESCE(MAX(run_id), -1) FROM screening_run WHERE source = 'rescreen')");
	}

}
