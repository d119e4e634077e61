package io.shipscreen.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.shipscreen.report.ReviewDecision;

/**
 * The full history of a transaction, oldest first: every screening (run, night, policy, list
 * snapshot, decision, hits) and every review decision and refused review row, from the result
 * and review tables.
 */
@Component
public class AuditTrail {

	private final JdbcTemplate jdbc;

	public AuditTrail(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<AuditEvent> of(String transactionId) {
		List<AuditEvent> events = new ArrayList<>();
		events.addAll(screenings(transactionId));
		events.addAll(decisions(transactionId));
		events.addAll(refusals(transactionId));
		// stable: a screening and the review of it in the same millisecond keep that order
		events.sort(Comparator.comparing(AuditEvent::at).thenComparing(AuditEvent::kind));
		return events;
	}

	/** Every transaction with something to audit: flagged at least once, or reviewed. */
	public List<String> auditedTransactions() {
		return this.jdbc.queryForList("""
				SELECT transaction_id FROM screening_result WHERE decision <> 'CLEAR'
				UNION SELECT transaction_id FROM review_decision
				UNION SELECT transaction_id FROM review_refusal WHERE transaction_id IS NOT NULL
				ORDER BY 1
				""", String.class);
	}

	private List<AuditEvent> screenings(String transactionId) {
		List<AuditEvent> events = this.jdbc.query("""
				SELECT r.run_id, s.run_date, s.rerun, r.screened_at, r.policy_id, r.policy_version, r.decision,
				       r.rule_ids, s.facts, r.source_file, r.source_row
				FROM screening_result r JOIN screening_run s ON s.run_id = r.run_id
				WHERE r.transaction_id = ? ORDER BY r.run_id
				""", (rs, row) -> {
			String policy = (rs.getString("policy_id") != null)
					? rs.getString("policy_id") + " v" + rs.getString("policy_version") : "no policy";
			String context = "policy " + policy + "; party lists " + fact(rs.getString("facts"), "Party lists snapshot")
					+ "; from " + rs.getString("source_file") + " row " + rs.getLong("source_row")
					+ ((rs.getInt("rerun") > 0) ? "; rerun " + rs.getInt("rerun") : "");
			String rules = rs.getString("rule_ids");
			return new AuditEvent(instant(rs.getTimestamp("screened_at")), AuditEvent.Kind.SCREENED, transactionId,
					rs.getLong("run_id"), rs.getObject("run_date", LocalDate.class), rs.getString("decision"),
					(rules == null || rules.isBlank()) ? "no flagging rule" : rules, context, List.of());
		}, transactionId);
		List<AuditEvent> withHits = new ArrayList<>();
		for (AuditEvent event : events) {
			List<String> hits = this.jdbc.query("""
					SELECT seq, rule_id, severity, field, reason, evidence FROM screening_hit
					WHERE run_id = ? AND transaction_id = ? ORDER BY seq
					""", (rs, row) -> "hit " + rs.getInt("seq") + " " + rs.getString("rule_id") + " "
					+ rs.getString("severity") + ((rs.getString("field") != null) ? " " + rs.getString("field") : "")
					+ ": " + rs.getString("reason")
					+ ((rs.getString("evidence") != null) ? " [evidence: " + rs.getString("evidence") + "]" : ""),
					event.runId(), transactionId);
			withHits.add(new AuditEvent(event.at(), event.kind(), transactionId, event.runId(), event.runDate(),
					event.outcome(), event.headline(), event.context(), hits));
		}
		return withHits;
	}

	private List<AuditEvent> decisions(String transactionId) {
		List<AuditEvent> events = this.jdbc.query("""
				SELECT d.decision_id, d.run_id, s.run_date, d.screened_decision, d.rule_ids, d.review_decision,
				       d.reviewer, d.note, d.recorded_at, d.source_file, d.source_sheet, d.source_row, i.file_sha256
				FROM review_decision d JOIN review_import i ON i.import_id = d.import_id
				LEFT JOIN screening_run s ON s.run_id = d.run_id
				WHERE d.transaction_id = ? ORDER BY d.decision_id
				""", (rs, row) -> {
			String note = rs.getString("note");
			List<String> clearances = this.jdbc.query("""
					SELECT party_name, field, entry_key, entry_fingerprint FROM review_clearance WHERE decision_id = ?
					ORDER BY seq
					""", (c, i) -> "good-guy list: '" + c.getString("party_name") + "' (" + c.getString("field")
					+ ") is not " + c.getString("entry_key") + " (entry fingerprint " + c.getString("entry_fingerprint")
					+ ")", rs.getLong("decision_id"));
			return new AuditEvent(instant(rs.getTimestamp("recorded_at")), AuditEvent.Kind.REVIEWED, transactionId,
					rs.getLong("run_id"), rs.getObject("run_date", LocalDate.class),
					ReviewDecision.valueOf(rs.getString("review_decision")).label(),
					"by " + rs.getString("reviewer") + ((note != null && !note.isBlank()) ? ": " + note : ""),
					"of " + rs.getString("screened_decision") + " (" + rs.getString("rule_ids") + "); from "
							+ rs.getString("source_file") + " " + rs.getString("source_sheet") + " row "
							+ rs.getInt("source_row") + " (sha256 " + rs.getString("file_sha256").substring(0, 12) + ")",
					clearances);
		}, transactionId);
		return events;
	}

	private List<AuditEvent> refusals(String transactionId) {
		return this.jdbc.query("""
				SELECT f.run_id, s.run_date, f.review_decision, f.reviewer, f.reason, f.recorded_at, f.source_sheet,
				       f.source_row, i.file_name
				FROM review_refusal f JOIN review_import i ON i.import_id = f.import_id
				LEFT JOIN screening_run s ON s.run_id = f.run_id
				WHERE f.transaction_id = ? ORDER BY f.import_id, f.seq
				""", (rs, row) -> new AuditEvent(instant(rs.getTimestamp("recorded_at")), AuditEvent.Kind.REFUSED,
				transactionId, (Long) rs.getObject("run_id", Long.class), rs.getObject("run_date", LocalDate.class),
				rs.getString("review_decision"), rs.getString("reason"),
				"by " + rs.getString("reviewer") + "; from " + rs.getString("file_name") + " "
						+ rs.getString("source_sheet") + " row " + rs.getInt("source_row"),
				List.of()), transactionId);
	}

	/** The value of a {@code label<TAB>value} line of a run's facts. */
	private static String fact(String facts, String label) {
		if (facts != null) {
			for (String line : facts.split("\n")) {
				if (line.startsWith(label + "\t")) {
					return line.substring(label.length() + 1);
				}
			}
		}
		return "unknown";
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : Instant.EPOCH;
	}

}
