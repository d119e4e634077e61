package io.shipscreen.operations;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import io.shipscreen.support.MariaDb;
import io.shipscreen.testdata.TransactionGenerator;
import io.shipscreen.testdata.TransactionRows;

import static io.shipscreen.operations.JobDatabase.count;
import static io.shipscreen.operations.JobDatabase.lastStatus;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The night as the operator lives it, with the real jar against MariaDB on 100,000 generated
 * rows ({@code --source=db}): a cron that fires twice, then a run that is SIGKILLed, stopped
 * with SIGTERM, cut off from its database and SIGKILLed again, each time resumed by the very same
 * command. At the end its results must be exactly those of the same night run uninterrupted in
 * another database (licence draws included: the licensed lines draw on three licences of a
 * register, one used up during the night), and both nights' workbooks complete.
 */
class OvernightFaultsIT {

	private static final int ROWS = 100_000;

	private static final LocalDate NIGHT = LocalDate.of(2026, 11, 30);

	private static final String REFERENCE_DB = "shipscreen_it_ops_reference";

	private static final String FAULTS_DB = "shipscreen_it_ops_faults";

	/** The generated rows' licence numbers are mapped onto these, so that many lines draw on each. */
	private static final List<String> LICENCES = List.of("D-IT-1", "D-IT-2", "D-IT-3");

	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	Path dir;

	private Path register;

	@Test
	void anInterruptedNightResumedByTheSameCommandEndsWithTheResultsOfAnUninterruptedOne() throws Exception {
		// given: the same 100,000 rows (2% of them bad) in two databases
		String referenceUrl = MariaDb.freshDatabase(REFERENCE_DB);
		// the interrupted night writes its results as LOAD DATA streams, the reference as batched
		// inserts: the comparison below also holds the two writers to the same rows
		String faultsUrl = MariaDb.freshDatabase(FAULTS_DB) + "&allowLoadLocalInfile=true";
		this.register = licenceRegister(this.dir.resolve("licences.csv"));
		JarProcess.jar();
		ExportTable.prepare(referenceUrl, rows());
		ExportTable.prepare(faultsUrl, rows());

		// when: the night runs uninterrupted in the reference database
		Path referenceOut = this.dir.resolve("reference");
		JarProcess reference = JarProcess.start(this.dir.resolve("reference.log"), screen(referenceUrl, referenceOut));
		assertThat(reference.waitFor(20)).as("reference run, see %s", this.dir).isZero();

		// when: the same command is launched twice at once (a cron that fires twice)
		Path out = this.dir.resolve("faults");
		JarProcess first = JarProcess.start(this.dir.resolve("launch-a.log"), screen(faultsUrl, out));
		JarProcess second = JarProcess.start(this.dir.resolve("launch-b.log"), screen(faultsUrl, out));
		JarProcess refused = firstToEnd(first, second);
		JarProcess running = (refused == first) ? second : first;

		// then: exactly one runs; the other exits 3 with the reason on one line
		assertThat(refused.waitFor(1)).isEqualTo(3);
		assertThat(refused.stderr().lines().filter((line) -> line.startsWith("shipscreen")).toList()).singleElement()
			.asString()
			.startsWith("shipscreen screen: run " + NIGHT + " db export_transaction")
			.containsPattern("already running|is already running");
		assertThat(running.isAlive()).isTrue();

		// when: SIGKILL mid-step (the execution is left STARTED), then the same command again
		awaitCommitted(faultsUrl, ROWS / 5, running);
		running.kill();
		assertThat(lastStatus(faultsUrl)).isEqualTo("STARTED");
		running = JarProcess.start(this.dir.resolve("after-kill-1.log"), screen(faultsUrl, out));

		// when: SIGTERM mid-step: the run stops at a chunk boundary, STOPPED and restartable
		awaitCommitted(faultsUrl, ROWS * 2 / 5, running);
		running.terminate();
		assertThat(running.waitFor(3)).isNotZero();
		assertThat(lastStatus(faultsUrl)).isEqualTo("STOPPED");
		assertThat(Files.readString(out.resolve("failed-" + NIGHT + ".txt")))
			.contains("stopped on request")
			.contains("java -jar target/shipscreen.jar screen --run-date=" + NIGHT + " --source=db");
		running = JarProcess.start(this.dir.resolve("after-term.log"), screen(faultsUrl, out));

		// when: the database kills every session of the run mid-step
		awaitCommitted(faultsUrl, ROWS * 3 / 5, running);
		killSessions(MariaDb.name(FAULTS_DB));
		int afterDbKill = running.waitFor(20);

		// then: either the chunk was retried and the run completed, or it failed cleanly with one line
		if (afterDbKill != 0) {
			assertThat(afterDbKill).isEqualTo(1);
			// UNKNOWN when the kill hit the record of a chunk's commit: the same command resumes it too
			assertThat(lastStatus(faultsUrl)).isIn("FAILED", "UNKNOWN");
			assertThat(running.stderr().lines().filter((line) -> line.startsWith("shipscreen")).toList())
				.singleElement()
				.asString()
				.contains("run the same command again to resume");
			running = JarProcess.start(this.dir.resolve("after-db-kill.log"), screen(faultsUrl, out));

			// when: SIGKILL once more, late in the step
			if (awaitCommittedOrEnd(faultsUrl, ROWS * 4 / 5, running)) {
				running.kill();
				running = JarProcess.start(this.dir.resolve("after-kill-2.log"), screen(faultsUrl, out));
			}
			assertThat(running.waitFor(20)).as("final run, see %s", this.dir).isZero();
		}

		// then: the results equal the uninterrupted night's: same rows, no duplicates, same decisions
		// (DIVERSION-VOLUME included: its customer history is committed per chunk and reloaded)
		Map<String, Result> expected = results(referenceUrl);
		Map<String, Result> actual = results(faultsUrl);
		assertThat(expected).hasSizeGreaterThan(ROWS * 9 / 10);
		Set<String> missing = new TreeSet<>(expected.keySet());
		missing.removeAll(actual.keySet());
		Set<String> extra = new TreeSet<>(actual.keySet());
		extra.removeAll(expected.keySet());
		assertThat(missing).as("screened uninterrupted, not after the faults (see %s)", this.dir).isEmpty();
		assertThat(extra).as("screened after the faults only (see %s)", this.dir).isEmpty();
		assertThat(count(faultsUrl, "SELECT COUNT(*) FROM screening_result")).isEqualTo(actual.size());
		List<String> different = new ArrayList<>();
		expected.forEach((id, want) -> {
			if (!actual.get(id).sameAs(want)) {
				different.add(id + ": " + want + " <> " + actual.get(id));
			}
		});
		assertThat(different).isEmpty();
		assertThat(rejects(faultsUrl)).isEqualTo(rejects(referenceUrl)).hasSize(ROWS - expected.size());
		String hits = "SELECT COUNT(*) FROM screening_hit";
		assertThat(count(faultsUrl, hits)).isEqualTo(count(referenceUrl, hits));

		// then: every licensed line drew once, as in the uninterrupted night, and D-IT-1 ran out
		assertThat(licenceDraws(faultsUrl)).isEqualTo(licenceDraws(referenceUrl)).hasSizeGreaterThan(50);
		assertThat(count(referenceUrl, "SELECT COUNT(*) FROM screening_hit WHERE reason LIKE "
				+ "'%licence D-IT-1 allows 500 units;%used before this line of%'")).isPositive();
		assertThat(count(referenceUrl, "SELECT COUNT(*) FROM screening_hit WHERE rule_id = 'LICENCE-ON-FILE'"))
			.isPositive();

		// then: both nights published whole workbooks and nothing else
		for (String url : List.of(referenceUrl, faultsUrl)) {
			Path output = url.equals(referenceUrl) ? referenceOut : out;
			assertThat(fileNames(output)).containsExactlyInAnyOrder("flagged-" + NIGHT + ".xlsx",
					"summary-" + NIGHT + ".xlsx");
			Map<String, Long> sheets = dataRows(output.resolve("flagged-" + NIGHT + ".xlsx"));
			assertThat(sheets.get("Flagged"))
				.isEqualTo(count(url, "SELECT COUNT(*) FROM screening_result WHERE decision <> 'CLEAR'"));
			assertThat(sheets.get("Rejects")).isEqualTo(count(url, "SELECT COUNT(*) FROM screening_reject"));
			assertThat(dataRows(output.resolve("summary-" + NIGHT + ".xlsx"))).containsKey("By decision");
		}
	}

	/** The generated rows, each licensed line on one of {@link #LICENCES}. */
	private static Iterable<TransactionRows.Row> rows() {
		return () -> StreamSupport.stream(new TransactionGenerator(ROWS, 20261130L, 0.02, NIGHT).spliterator(), false)
			.map((row) -> (row.get("license_number") == null) ? row : row.with("license_number",
					LICENCES.get(Math.floorMod(String.valueOf(row.get("transaction_id")).hashCode(), LICENCES.size()))))
			.iterator();
	}

	/** D-IT-1 is used up during the night (500 units), D-IT-2 has a value limit, D-IT-3 none. */
	private static Path licenceRegister(Path file) throws Exception {
		String everywhere = String.join(";", java.util.Locale.getISOCountries());
		return Files.writeString(file, String.join("\n",
				"license_number,valid_from,valid_to,eccns,countries,parties,max_quantity,max_value_usd",
				"D-IT-1,2026-01-01,2026-12-31,3A090;4A090," + everywhere + ",,500,",
				"D-IT-2,2026-01-01,2026-12-31,3A090;4A090," + everywhere + ",,,25000000",
				"D-IT-3,2026-01-01,2026-12-31,3A090;4A090," + everywhere + ",,,") + "\n");
	}

	private Set<String> licenceDraws(String url) throws SQLException {
		Set<String> draws = new TreeSet<>();
		try (Connection connection = DriverManager.getConnection(url, "root", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"SELECT license_number, transaction_id, order_date, quantity, value_usd FROM licence_draw")) {
			while (rs.next()) {
				draws.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getLong(4) + " "
						+ rs.getBigDecimal(5).stripTrailingZeros().toPlainString());
			}
		}
		return draws;
	}

	private List<String> screen(String url, Path output) {
		return List.of("screen", "--source=db", "--run-date=" + NIGHT, "--output=" + output,
				"--lists=config/lists/entity-list-ai-extract.csv,config/lists/csl_sample_2025-06.csv",
				"--licences=" + this.register,
				"--spring.profiles.active=mysql", "--spring.datasource.url=" + url, "--shipscreen.chunk-size=1000",
				"--shipscreen.progress-interval=5s", "--shipscreen.result.load-data=" + url.contains("allowLoadLocalInfile"));
	}

	private static JarProcess firstToEnd(JarProcess a, JarProcess b) throws InterruptedException {
		for (int i = 0; i < 3000; i++) {
			if (!a.isAlive()) {
				return a;
			}
			if (!b.isAlive()) {
				return b;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("neither of two simultaneous launches ended within 5 minutes");
	}

	/** Waits until the run has committed {@code rows} input rows (results plus rejected rows). */
	private static void awaitCommitted(String url, long rows, JarProcess process) throws Exception {
		if (!awaitCommittedOrEnd(url, rows, process)) {
			throw new AssertionError("the run ended before committing " + rows + " rows");
		}
	}

	private static boolean awaitCommittedOrEnd(String url, long rows, JarProcess process) throws Exception {
		while (process.isAlive()) {
			if (committed(url) >= rows) {
				return true;
			}
			Thread.sleep(250);
		}
		return false;
	}

	private static long committed(String url) throws SQLException {
		return count(url, "SELECT (SELECT COUNT(*) FROM screening_result) + (SELECT COUNT(*) FROM "
				+ "(SELECT DISTINCT source_ref FROM screening_reject) r)");
	}

	/** What an operator does to a database that restarts: every session of the run is killed. */
	private static void killSessions(String database) throws SQLException {
		try (Connection connection = DriverManager.getConnection(MariaDb.url(""), "root", "");
				Statement statement = connection.createStatement()) {
			List<Long> ids = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery("SELECT ID FROM information_schema.PROCESSLIST WHERE DB = '"
					+ database + "' AND ID <> CONNECTION_ID()")) {
				while (rs.next()) {
					ids.add(rs.getLong(1));
				}
			}
			assertThat(ids).isNotEmpty();
			for (long id : ids) {
				try {
					statement.execute("KILL " + id);
				}
				catch (SQLException ex) {
					// the session ended meanwhile
				}
			}
		}
	}

	/** One screened transaction: decision, rules, hit count and where it was read. */
	record Result(String decision, Set<String> rules, int hits, String origin) {

		boolean sameAs(Result other) {
			return equals(other);
		}

	}

	private static Map<String, Result> results(String url) throws SQLException {
		Map<String, Result> results = new HashMap<>();
		try (Connection connection = DriverManager.getConnection(url, "root", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT transaction_id, decision, hit_count, rule_ids, "
						+ "source_file, source_row FROM screening_result")) {
			while (rs.next()) {
				String rules = (rs.getString(4) != null) ? rs.getString(4).trim() : "";
				results.put(rs.getString(1), new Result(rs.getString(2),
						rules.isEmpty() ? Set.of() : new TreeSet<>(List.of(rules.split("\\s+"))), rs.getInt(3),
						rs.getString(5) + " " + rs.getLong(6)));
			}
		}
		return results;
	}

	private static Set<String> rejects(String url) throws SQLException {
		Set<String> rejects = new TreeSet<>();
		try (Connection connection = DriverManager.getConnection(url, "root", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT DISTINCT source_ref FROM screening_reject")) {
			while (rs.next()) {
				rejects.add(rs.getString(1));
			}
		}
		return rejects;
	}

	private static List<String> fileNames(Path dir) throws Exception {
		try (var files = Files.list(dir)) {
			return files.map((file) -> file.getFileName().toString()).toList();
		}
	}

	/** Data rows (below the header) per sheet, streamed: a 100,000-row workbook stays cheap to check. */
	private static Map<String, Long> dataRows(Path workbookFile) throws Exception {
		Map<String, Long> rows = new HashMap<>();
		File file = workbookFile.toFile();
		try (Workbook workbook = StreamingReader.builder().rowCacheSize(200).open(file)) {
			for (Sheet sheet : workbook) {
				long count = 0;
				for (Row row : sheet) {
					if (row.getRowNum() > 0) {
						count++;
					}
				}
				rows.put(sheet.getSheetName(), count);
			}
		}
		return rows;
	}

}
