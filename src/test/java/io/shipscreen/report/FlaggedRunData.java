package io.shipscreen.report;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A run's results, hits and rejects for the flagged workbook, the same on every call: every column
 * kind, long wrapped and multi-line texts, characters XML must escape, formula-looking text, empty
 * optional columns, HOLD and REVIEW rows, and CLEAR rows (with a hit) the workbook must leave out.
 */
final class FlaggedRunData {

	private static final String LONG = "Destination is in country group D:5 and the item is classified 3A090.a;"
			+ " a licence is required for export, re-export or transfer (in-country) & no exception applies";

	private FlaggedRunData() {
	}

	/** {@code flagged} REVIEW/HOLD results with 1 to 4 hits each (2.5 on average), 3 CLEAR ones, {@code rejects} rejects. */
	static void insert(JdbcTemplate jdbc, long runId, int flagged, int rejects) {
		List<Object[]> results = new ArrayList<>();
		List<Object[]> hits = new ArrayList<>();
		for (int i = 1; i <= flagged + 3; i++) {
			boolean clear = i > flagged;
			String id = String.format(clear ? "TC-%06d" : "TX-%06d", i);
			String decision = clear ? "CLEAR" : (i % 7 == 0) ? "HOLD" : "REVIEW";
			results.add(new Object[] { runId, id, "orders-2026-11-30.xlsx", (i % 11 == 0) ? 0 : i + 1,
					LocalDate.of(2026, 11, 1 + i % 30), (i % 13 == 0) ? null : "Exporter & Sons <" + i % 5 + ">",
					"PN-" + i, description(i), (i % 3 == 0) ? "3A090" : (i % 3 == 1) ? "4A090" : null, i % 50 + 1,
					new BigDecimal(i * 3725L % 1_000_000).movePointLeft(2), (i % 4 == 0) ? null : "Purchaser " + i % 9,
					"Consignee \"" + i % 23 + "\" Ltd.", (i % 2 == 0) ? "CN" : "AE",
					(i % 5 == 0) ? null : "End user " + i % 17, (i % 5 == 0) ? null : "HK", "CN",
					(i % 6 == 0) ? null : "EAR-AI-2025", (i % 6 == 0) ? null : "3", (i % 2 == 0) ? "D5" : "D1",
					decision, hitCount(i), "DEST-D5, ECCN-3A090" + ((i % 4 == 0) ? ", PARTY-ENTITY" : ""),
					LONG + "\n" + "Second line for row " + i + (i % 8 == 0 ? "\n" + LONG : ""),
					(i % 9 == 0) ? null : "consignee country = " + ((i % 2 == 0) ? "CN" : "AE") + "; eccn = 3A090 ' \u00e4\u00df\u2713",
					Timestamp.valueOf(LocalDateTime.of(2026, 11, 30, 2, 0)) });
			for (int seq = 1; seq <= (clear ? 1 : hitCount(i)); seq++) {
				hits.add(new Object[] { runId, id, seq, "RULE-" + seq, (seq % 3 == 0) ? null : "EAR-AI-2025",
						(seq % 3 == 0) ? null : "3", (seq == 1 && "HOLD".equals(decision)) ? "HOLD" : "REVIEW",
						(seq % 2 == 0) ? "ultimate_consignee_name" : "eccn",
						(seq % 4 == 0) ? null : "value <" + i + "> matched & listed",
						"Hit " + seq + ": " + LONG + ((i % 10 == 0) ? "\n" + LONG + "\n" + LONG : ""),
						(seq % 2 == 0) ? null : "15 CFR 744.23(a)(" + seq + ")" });
			}
		}
		jdbc.batchUpdate("""
				INSERT INTO screening_result (run_id, transaction_id, source_file, source_row, order_date, exporter,
				    item_part_number, item_description, eccn, quantity, unit_value_usd, purchaser_name,
				    ultimate_consignee_name, ultimate_consignee_country, end_user_name, end_user_country,
				    ship_to_country, policy_id, policy_version, destination_group, decision, hit_count, rule_ids,
				    reasons, evidence, screened_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", results);
		jdbc.batchUpdate("""
				INSERT INTO screening_hit (run_id, transaction_id, seq, rule_id, policy_id, policy_version, severity,
				    field, evidence, reason, citation)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", hits);
		List<Object[]> rejectRows = new ArrayList<>();
		for (int r = 1; r <= rejects; r++) {
			rejectRows.add(new Object[] { runId, (r % 3 == 0) ? "parties.csv" : "orders.xlsx", Integer.toString(r + 1),
					(r % 2 == 0) ? "Quantity" : "Order date", (r % 5 == 0) ? null : "C" + (r + 1),
					(r % 5 == 0) ? null : "=1+" + r, (r % 4 == 0) ? null : String.format("TX-%06d", r),
					"not a number: " + LONG });
		}
		jdbc.batchUpdate("""
				INSERT INTO screening_reject (run_id, source_file, source_ref, column_name, cell, cell_value,
				    transaction_id, reason)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""", rejectRows);
	}

	/** What an earlier night's reviewers decided, for every third transaction. */
	static Optional<String> lastReview(String transactionId, String consignee) {
		int i = Integer.parseInt(transactionId.substring(3));
		return (i % 3 == 0) ? Optional.of("FALSE POSITIVE (run 41, a.reviewer): " + consignee + " is a known distributor")
				: Optional.empty();
	}

	private static int hitCount(int i) {
		return 1 + i % 4;
	}

	private static String description(int i) {
		if (i % 17 == 0) {
			return "=HYPERLINK(\"http://attacker.example\",\"click\")";
		}
		return "Accelerator card " + i + ", 80 GB HBM3, PCIe Gen5 x16 \u2014 " + ((i % 2 == 0) ? LONG : "spare");
	}

}
