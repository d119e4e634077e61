package io.shipscreen.review;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import io.shipscreen.report.ReviewDecision;

/**
 * The review tables (V30). Append-only by design: there is no update or delete here, so a
 * decision once recorded stays in the audit trail; a changed mind is a new decision.
 */
@Repository
class ReviewStore {

	private final JdbcTemplate jdbc;

	ReviewStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredResult> result(long runId, String transactionId) {
		return this.jdbc.query("""
				SELECT r.*, s.run_date FROM screening_result r JOIN screening_run s ON s.run_id = r.run_id
				WHERE r.run_id = ? AND r.transaction_id = ?
				""", ReviewStore::mapResult, runId, transactionId).stream().findFirst();
	}

	/** The newest result of the transaction from a run after {@code runId}, if any. */
	Optional<StoredResult> laterResult(long runId, String transactionId) {
		return this.jdbc.query("""
				SELECT r.*, s.run_date FROM screening_result r JOIN screening_run s ON s.run_id = r.run_id
				WHERE r.transaction_id = ? AND r.run_id > ? ORDER BY r.run_id DESC LIMIT 1
				""", ReviewStore::mapResult, transactionId, runId).stream().findFirst();
	}

	/** Whether exactly this decision is already recorded (the same workbook imported again). */
	boolean alreadyRecorded(long runId, String transactionId, ReviewDecision decision, String reviewer, String note) {
		Integer count = this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM review_decision WHERE run_id = ? AND transaction_id = ? AND review_decision = ?
				    AND reviewer = ? AND COALESCE(note, '') = ?
				""", Integer.class, runId, transactionId, decision.name(), reviewer, note);
		return count != null && count > 0;
	}

	/** The party hits of a result that a FALSE POSITIVE can clear. */
	List<PartyHit> partyHits(long runId, String transactionId) {
		return this.jdbc.query("""
				SELECT seq, rule_id, policy_version, field, evidence, reason FROM screening_hit
				WHERE run_id = ? AND transaction_id = ? AND rule_id LIKE 'PARTY-%' AND rule_id <> 'PARTY-CLEARED'
				ORDER BY seq
				""", (rs, row) -> new PartyHit(rs.getInt("seq"), rs.getString("rule_id"), rs.getString("policy_version"),
				rs.getString("field"), rs.getString("evidence"), rs.getString("reason")), runId, transactionId);
	}

	long insertImport(ImportedFile file, Instant at, int rowsRead, int accepted, int unchanged, int refused) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement statement = connection.prepareStatement("""
					INSERT INTO review_import (file_name, file_path, file_sha256, imported_at, imported_by, rows_read,
					    accepted, unchanged, refused)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
					""", Statement.RETURN_GENERATED_KEYS);
			statement.setString(1, file.name());
			statement.setString(2, file.path());
			statement.setString(3, file.sha256());
			statement.setTimestamp(4, Timestamp.from(at));
			statement.setString(5, file.importedBy());
			statement.setInt(6, rowsRead);
			statement.setInt(7, accepted);
			statement.setInt(8, unchanged);
			statement.setInt(9, refused);
			return statement;
		}, key);
		return generated(key);
	}

	long insertDecision(long importId, Accepted accepted, String fileName, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		StoredResult result = accepted.result();
		this.jdbc.update((connection) -> {
			PreparedStatement statement = connection.prepareStatement("""
					INSERT INTO review_decision (import_id, run_id, transaction_id, screened_decision, rule_ids,
					    review_decision, reviewer, note, recorded_at, source_file, source_sheet, source_row,
					    consignee_name, consignee_key)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""", Statement.RETURN_GENERATED_KEYS);
			statement.setLong(1, importId);
			statement.setLong(2, result.runId());
			statement.setString(3, result.transactionId());
			statement.setString(4, result.decision());
			statement.setString(5, result.ruleIds());
			statement.setString(6, accepted.decision().name());
			statement.setString(7, accepted.reviewer());
			statement.setString(8, accepted.note());
			statement.setTimestamp(9, Timestamp.from(at));
			statement.setString(10, fileName);
			statement.setString(11, accepted.row().sheet());
			statement.setInt(12, accepted.row().row());
			statement.setString(13, result.consigneeName());
			statement.setString(14, accepted.consigneeKey());
			return statement;
		}, key);
		long decisionId = generated(key);
		int seq = 0;
		for (PartyClearance clearance : accepted.clearances()) {
			this.jdbc.update("""
					INSERT INTO review_clearance (decision_id, seq, party_name, field, entry_key, entry_fingerprint)
					VALUES (?, ?, ?, ?, ?, ?)
					""", decisionId, ++seq, clearance.clearance().partyName(), clearance.field(),
					clearance.clearance().entryKey(), clearance.clearance().entryFingerprint());
		}
		return decisionId;
	}

	void insertRefusal(long importId, int seq, Refused refused, Instant at) {
		ReviewedRow row = refused.row();
		this.jdbc.update("""
				INSERT INTO review_refusal (import_id, seq, source_sheet, source_row, run_id, transaction_id,
				    review_decision, reviewer, reason, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", importId, seq, row.sheet(), row.row(), refused.runId(), blankToNull(row.transactionId()),
				blankToNull(truncate(row.get(ReviewedRow.DECISION), 64)),
				blankToNull(truncate(row.get(ReviewedRow.REVIEWER), 128)), refused.reason(), Timestamp.from(at));
	}

	private static long generated(KeyHolder key) {
		// H2 returns every column of the row, Connector/J only the key
		if (key.getKeyList().size() == 1 && key.getKeyList().get(0).size() > 1) {
			Object id = key.getKeyList().get(0).entrySet().stream()
				.filter((entry) -> entry.getKey().toLowerCase().endsWith("_id"))
				.findFirst()
				.orElseThrow()
				.getValue();
			return ((Number) id).longValue();
		}
		return key.getKey().longValue();
	}

	private static StoredResult mapResult(ResultSet rs, int row) throws SQLException {
		return new StoredResult(rs.getLong("run_id"), rs.getObject("run_date", LocalDate.class),
				rs.getString("transaction_id"), rs.getString("decision"), rs.getString("rule_ids"),
				rs.getString("ultimate_consignee_name"),
				StoredResult.keyCells(rs.getString("decision"), rs.getString("rule_ids"),
						rs.getString("ultimate_consignee_name"), rs.getString("ultimate_consignee_country"),
						rs.getString("end_user_name"), rs.getString("ship_to_country"), rs.getString("item_part_number"),
						rs.getString("eccn"), rs.getLong("quantity")));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	private static String truncate(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length);
	}

	/** A party hit as stored. */
	record PartyHit(int seq, String ruleId, String snapshotId, String field, String evidence, String reason) {
	}

	/** The file being imported. */
	record ImportedFile(String name, String path, String sha256, String importedBy) {
	}

}
