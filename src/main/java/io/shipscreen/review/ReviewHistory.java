package io.shipscreen.review;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.shipscreen.parties.NameNormalizer;
import io.shipscreen.report.PriorReviews;
import io.shipscreen.report.ReviewDecision;

/**
 * The flagged workbook's {@code Last review}: the newest decision from an earlier run on the same
 * transaction, else on the same ultimate consignee (names compared normalised, as the good-guy
 * list does), e.g. {@code RELEASE by A. Reviewer on 2026-12-01 (run 4): licence D123456}.
 */
@Component
class ReviewHistory implements PriorReviews {

	private final JdbcTemplate jdbc;

	private final NameNormalizer normalizer;

	ReviewHistory(JdbcTemplate jdbc, NameNormalizer normalizer) {
		this.jdbc = jdbc;
		this.normalizer = normalizer;
	}

	@Override
	public Lookup forRun(long runId) {
		Map<String, String> byTransaction = new HashMap<>();
		Map<String, String> byConsignee = new HashMap<>();
		// oldest first, so the newest decision wins; only earlier runs: tonight's own decisions are
		// in the reviewer columns' future, not its past
		this.jdbc.query("""
				SELECT transaction_id, consignee_key, review_decision, reviewer, note, recorded_at, run_id
				FROM review_decision WHERE run_id < ? ORDER BY decision_id
				""", (rs) -> {
			String text = describe(rs.getString("review_decision"), rs.getString("reviewer"), rs.getString("note"),
					rs.getTimestamp("recorded_at"), rs.getLong("run_id"));
			byTransaction.put(rs.getString("transaction_id"), text);
			String key = rs.getString("consignee_key");
			if (key != null) {
				byConsignee.put(key, text + " [" + rs.getString("transaction_id") + ", same consignee]");
			}
		}, runId);
		return (transactionId, consigneeName) -> {
			String text = byTransaction.get(transactionId);
			if (text == null && consigneeName != null && !consigneeName.isBlank()) {
				String key = this.normalizer.normalize(consigneeName).key();
				text = byConsignee.get((key.length() > 255) ? key.substring(0, 255) : key);
			}
			return Optional.ofNullable(text);
		};
	}

	private static String describe(String decision, String reviewer, String note, Timestamp at, long runId) {
		String label = ReviewDecision.valueOf(decision).label();
		LocalDate day = at.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
		return label + " by " + reviewer + " on " + day + " (run " + runId + ")"
				+ ((note != null && !note.isBlank()) ? ": " + note : "");
	}

}
