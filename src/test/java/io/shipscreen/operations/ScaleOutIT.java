package io.shipscreen.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import io.shipscreen.support.MariaDb;
import io.shipscreen.support.RabbitMq;
import io.shipscreen.testdata.TransactionGenerator;

import static io.shipscreen.operations.JobDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partitioned night on worker processes, as an operator would run it: the real jar against
 * MariaDB and RabbitMQ, two {@code worker} processes and a manager whose screen step is split in
 * four. Its results must equal the same night run in one process; so must those of a night during
 * which one worker is SIGKILLed mid-partition (the other resumes that partition from its last
 * commit). The workers then stop on SIGTERM.
 */
class ScaleOutIT {

	private static final int ROWS = 20_000;

	private static final LocalDate NIGHT = LocalDate.of(2026, 11, 25);

	private static final String LISTS = "--lists=config/lists/entity-list-ai-extract.csv,config/lists/csl_sample_2025-06.csv";

	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	Path dir;

	private final List<JarProcess> started = new ArrayList<>();

	@AfterEach
	void stopWhatIsLeft() throws InterruptedException {
		for (JarProcess process : this.started) {
			if (process.isAlive()) {
				process.kill();
			}
		}
	}

	@Test
	void partitionedNightsOnWorkersEndWithTheResultsOfAOneProcessNight() throws Exception {
		// given: the same rows (2% bad) in three databases, and a queue of our own
		String referenceUrl = MariaDb.freshDatabase("shipscreen_it_scale_reference");
		String remoteUrl = MariaDb.freshDatabase("shipscreen_it_scale_remote");
		String killedUrl = MariaDb.freshDatabase("shipscreen_it_scale_killed");
		JarProcess.jar();
		for (String url : List.of(referenceUrl, remoteUrl, killedUrl)) {
			ExportTable.prepare(url, new TransactionGenerator(ROWS, 20261125L, 0.02, NIGHT));
		}
		try (RabbitMq broker = RabbitMq.freshQueue("shipscreen.it")) {
			// when: the night runs in one process
			JarProcess reference = JarProcess.start(this.dir.resolve("reference.log"), screen(referenceUrl, 1, broker));
			assertThat(reference.waitFor(20)).as("one-process night, see %s", this.dir).isZero();
			Night expected = Night.of(referenceUrl);

			// when: the night runs in four partitions on two workers
			JarProcess first = worker("worker-a", remoteUrl, broker);
			JarProcess second = worker("worker-b", remoteUrl, broker);
			JarProcess manager = manager("manager", remoteUrl, broker);
			assertThat(manager.waitFor(20)).as("partitioned night, see %s", this.dir).isZero();

			// then: the same results, and both workers took part
			assertThat(Night.of(remoteUrl).differences(expected)).isEmpty();
			assertThat(partitionsScreened(first)).isPositive();
			assertThat(partitionsScreened(second)).isPositive();
			assertThat(partitionsScreened(first) + partitionsScreened(second)).isEqualTo(4);

			// when: the workers get SIGTERM while idle
			first.terminate();
			second.terminate();

			// then: they stop (143: ended by SIGTERM, after their shutdown hook)
			assertThat(first.waitFor(2)).isIn(0, 143);
			assertThat(second.waitFor(2)).isIn(0, 143);
			assertThat(first.stdout()).contains("worker: SIGTERM, taking no new partition");

			// when: another partitioned night, whose first worker is SIGKILLed mid-partition
			JarProcess doomed = worker("worker-c", killedUrl, broker);
			JarProcess survivor = worker("worker-d", killedUrl, broker);
			JarProcess killedManager = manager("manager-killed", killedUrl, broker);
			awaitScreening(doomed);
			awaitCommitted(killedUrl, ROWS / 8, killedManager);
			doomed.kill();

			// then: the survivor resumes the partition, and the night ends as the one-process night did
			assertThat(killedManager.waitFor(20)).as("night with a killed worker, see %s", this.dir).isZero();
			assertThat(Night.of(killedUrl).differences(expected)).isEmpty();
			assertThat(survivor.stdout()).contains("left by a worker that stopped; resuming");
			survivor.terminate();
			survivor.waitFor(2);
		}
	}

	private List<String> screen(String url, int partitions, RabbitMq broker) {
		List<String> args = new ArrayList<>(List.of("screen", "--source=db", "--run-date=" + NIGHT,
				"--output=" + this.dir.resolve("out-" + url.hashCode()), LISTS, "--spring.profiles.active=mysql",
				"--spring.datasource.url=" + url, "--shipscreen.chunk-size=500"));
		if (partitions > 1) {
			args.addAll(List.of("--shipscreen.scale.partitions=" + partitions, "--shipscreen.scale.mode=remote",
					"--shipscreen.scale.queue=" + broker.queue(), "--shipscreen.scale.poll-interval=250ms",
					"--shipscreen.scale.partition-timeout=15m"));
		}
		return args;
	}

	private JarProcess manager(String name, String url, RabbitMq broker) throws Exception {
		JarProcess manager = JarProcess.start(this.dir.resolve(name + ".log"), screen(url, 4, broker));
		this.started.add(manager);
		return manager;
	}

	private JarProcess worker(String name, String url, RabbitMq broker) throws Exception {
		JarProcess worker = JarProcess.start(this.dir.resolve(name + ".log"), List.of("worker", LISTS,
				"--spring.profiles.active=mysql", "--spring.datasource.url=" + url,
				"--shipscreen.scale.queue=" + broker.queue(), "--shipscreen.scale.worker-stop-timeout=5s"));
		this.started.add(worker);
		return worker;
	}

	private static long partitionsScreened(JarProcess worker) throws Exception {
		return worker.stdout().lines().filter((line) -> line.contains("PartitionWorker") && line.contains(": COMPLETED"))
			.count();
	}

	private static void awaitScreening(JarProcess worker) throws Exception {
		for (int i = 0; i < 6000 && worker.isAlive(); i++) {
			if (worker.stdout().contains("): screening")) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the worker never started a partition");
	}

	private static void awaitCommitted(String url, long rows, JarProcess manager) throws Exception {
		while (manager.isAlive()) {
			if (count(url, "SELECT COUNT(*) FROM screening_result") >= rows) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the night ended before " + rows + " rows were committed");
	}

	/** What a night left in its database, by what a reviewer and the ledgers see. */
	record Night(Map<String, String> results, Map<String, String> hits, List<String> rejects, long historyLines) {

		static Night of(String url) throws SQLException {
			Map<String, String> results = new TreeMap<>();
			Map<String, String> hits = new TreeMap<>();
			List<String> rejects = new ArrayList<>();
			long history;
			try (Connection connection = DriverManager.getConnection(url, "root", "");
					Statement statement = connection.createStatement()) {
				try (ResultSet rs = statement.executeQuery("SELECT transaction_id, decision, rule_ids, hit_count,"
						+ " source_file, source_row FROM screening_result")) {
					while (rs.next()) {
						results.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3) + " " + rs.getInt(4) + " "
								+ rs.getString(5) + ":" + rs.getLong(6));
					}
				}
				try (ResultSet rs = statement.executeQuery("SELECT transaction_id, seq, rule_id, severity, evidence"
						+ " FROM screening_hit")) {
					while (rs.next()) {
						hits.put(rs.getString(1) + "#" + rs.getInt(2), rs.getString(3) + " " + rs.getString(4) + " "
								+ rs.getString(5));
					}
				}
				try (ResultSet rs = statement.executeQuery("SELECT source_ref, column_name, reason FROM screening_reject"
						+ " ORDER BY source_ref, column_name")) {
					while (rs.next()) {
						rejects.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
					}
				}
				try (ResultSet rs = statement.executeQuery("SELECT COALESCE(SUM(line_count), 0) FROM customer_history_chunk")) {
					rs.next();
					history = rs.getLong(1);
				}
			}
			return new Night(results, hits, rejects, history);
		}

		List<String> differences(Night expected) {
			List<String> differences = new ArrayList<>();
			compare("result", expected.results, this.results, differences);
			compare("hit", expected.hits, this.hits, differences);
			if (!expected.rejects.equals(this.rejects)) {
				differences.add("rejects: " + expected.rejects.size() + " expected, " + this.rejects.size() + " found");
			}
			if (expected.historyLines != this.historyLines) {
				differences.add("customer history lines: " + expected.historyLines + " <> " + this.historyLines);
			}
			assertThat(expected.results).hasSizeGreaterThan(ROWS * 9 / 10);
			return differences.subList(0, Math.min(differences.size(), 20));
		}

		private static void compare(String what, Map<String, String> expected, Map<String, String> actual,
				List<String> differences) {
			expected.forEach((key, value) -> {
				if (!value.equals(actual.get(key))) {
					differences.add(what + " " + key + ": " + value + " <> " + actual.get(key));
				}
			});
			actual.keySet().stream().filter((key) -> !expected.containsKey(key))
				.forEach((key) -> differences.add(what + " " + key + " only in the partitioned night"));
		}

	}

}
