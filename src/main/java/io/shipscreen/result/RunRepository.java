package io.shipscreen.result;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code screening_run}, plus the counts the run's summary is made of. */
@Repository
public class RunRepository {

	private final JdbcTemplate jdbc;

	public RunRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Records (or, on restart, re-records) a run as started. */
	public void started(long runId, LocalDate runDate, String source, String input, String policyMode, int rerun,
			String inputs, String facts, long rowsExpected) {
		this.jdbc.update("""
				INSERT INTO screening_run (run_id, run_date, source, input, policy_mode, rerun, status, inputs, facts,
				    rows_expected, started_at)
				VALUES (?, ?, ?, ?, ?, ?, 'STARTED', ?, ?, ?, ?)
				ON DUPLICATE KEY UPDATE status = 'STARTED', inputs = VALUES(inputs), facts = VALUES(facts),
				    rows_expected = VALUES(rows_expected), failure = NULL
				""", runId, runDate, source, input, policyMode, rerun, inputs, facts, rowsExpected,
				Timestamp.from(Instant.now()));
	}

	/** Records the counts and end of a run. */
	public void finished(long runId, String status, long screeningMs, String failure) {
		Map<String, Long> decisions = decisionCounts(runId);
		long rejected = rejectedRows(runId);
		long screened = decisions.values().stream().mapToLong(Long::longValue).sum();
		this.jdbc.update("""
				UPDATE screening_run SET status = ?, rows_read = ?, rows_rejected = ?, rows_screened = ?, clear_count = ?,
				    review_count = ?, hold_count = ?, finished_at = ?, screening_ms = ?, failure = ?
				WHERE run_id = ?
				""", status, screened + rejected, rejected, screened, decisions.getOrDefault("CLEAR", 0L),
				decisions.getOrDefault("REVIEW", 0L), decisions.getOrDefault("HOLD", 0L), Timestamp.from(Instant.now()),
				screeningMs, failure, runId);
	}

	public void failed(long runId, String failure) {
		this.jdbc.update("UPDATE screening_run SET status = 'FAILED', failure = ?, finished_at = ? WHERE run_id = ?",
				failure, Timestamp.from(Instant.now()), runId);
	}

	public Optional<ScreeningRun> find(long runId) {
		return this.jdbc.query("SELECT * FROM screening_run WHERE run_id = ?", RunRepository::mapRun, runId)
			.stream()
			.findFirst();
	}

	public List<ScreeningRun> recent(int limit) {
		return this.jdbc.query("SELECT * FROM screening_run ORDER BY run_id DESC LIMIT ?", RunRepository::mapRun,
				limit);
	}

	/**
	 * What a run screened, rejected and flagged: from {@code screening_run} once it finished, else
	 * counted from its results and rejects so far (a failed or running night).
	 */
	public Optional<RunCounts> counts(long runId) {
		Optional<ScreeningRun> run = find(runId);
		if (run.isEmpty()) {
			return Optional.empty();
		}
		ScreeningRun recorded = run.get();
		if ("COMPLETED".equals(recorded.status()) && recorded.rowsScreened() != null) {
			return Optional.of(new RunCounts(recorded.rowsScreened(), recorded.rowsRejected(),
					recorded.reviewCount() + recorded.holdCount(), recorded.facts()));
		}
		Map<String, Long> decisions = decisionCounts(runId);
		long screened = decisions.values().stream().mapToLong(Long::longValue).sum();
		return Optional.of(new RunCounts(screened, rejectedRows(runId), decisions.get("REVIEW") + decisions.get("HOLD"),
				recorded.facts()));
	}

	/**
	 * @param screened rows screened (a result each)
	 * @param rejected input rows rejected (in the rejects report)
	 * @param flagged REVIEW and HOLD results
	 * @param facts the run's facts, lines of {@code label<TAB>value}
	 */
	public record RunCounts(long screened, long rejected, long flagged, String facts) {

		/** The value of one fact (e.g. {@code Checks}), if the run recorded it. */
		public Optional<String> fact(String label) {
			if (this.facts == null) {
				return Optional.empty();
			}
			return this.facts.lines()
				.filter((line) -> line.startsWith(label + "\t"))
				.map((line) -> line.substring(label.length() + 1))
				.findFirst();
		}

	}

	/** Whether the run has written any result (a restarted execution's run has). */
	public boolean hasResults(long runId) {
		return !this.jdbc.queryForList("SELECT 1 FROM screening_result WHERE run_id = ? LIMIT 1", Integer.class, runId)
			.isEmpty();
	}

	/** CLEAR / REVIEW / HOLD → count, in that order. */
	public Map<String, Long> decisionCounts(long runId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("CLEAR", 0L);
		counts.put("REVIEW", 0L);
		counts.put("HOLD", 0L);
		this.jdbc.query("SELECT decision, COUNT(*) FROM screening_result WHERE run_id = ? GROUP BY decision",
				(rs) -> {
					counts.put(rs.getString(1), rs.getLong(2));
				}, runId);
		return counts;
	}

	/** Rejected input rows (a row with several bad cells counts once). */
	public long rejectedRows(long runId) {
		Long rows = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM (SELECT DISTINCT source_file, source_ref FROM screening_reject WHERE run_id = ?) r",
				Long.class, runId);
		return (rows != null) ? rows : 0;
	}

	/** Transaction ids already written for a run: what a restarted run has screened. */
	public void forEachScreenedId(long runId, java.util.function.Consumer<String> consumer) {
		this.jdbc.query("SELECT transaction_id FROM screening_result WHERE run_id = ?",
				(rs) -> {
					consumer.accept(rs.getString(1));
				}, runId);
	}

	private static ScreeningRun mapRun(ResultSet rs, int row) throws SQLException {
		return new ScreeningRun(rs.getLong("run_id"), rs.getObject("run_date", LocalDate.class), rs.getString("source"),
				rs.getString("input"), rs.getString("policy_mode"), rs.getInt("rerun"), rs.getString("status"),
				rs.getString("inputs"), rs.getString("facts"),
				(Long) rs.getObject("rows_expected", Long.class), rs.getObject("rows_read", Long.class),
				rs.getObject("rows_rejected", Long.class), rs.getObject("rows_screened", Long.class),
				rs.getObject("clear_count", Long.class), rs.getObject("review_count", Long.class),
				rs.getObject("hold_count", Long.class), instant(rs.getTimestamp("started_at")),
				instant(rs.getTimestamp("finished_at")), rs.getObject("screening_ms", Long.class),
				rs.getString("failure"));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
