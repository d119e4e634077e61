package io.shipscreen.rescreen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

import io.shipscreen.result.TransactionStore.StoredTransaction;
import io.shipscreen.screening.Hit;
import io.shipscreen.screening.ScreeningOutcome;
import io.shipscreen.shared.Severity;

/**
 * What changed a transaction's decision: the flagging hits (REVIEW or HOLD) that are new, and
 * those that are gone, against the hits of its previous result. A hit is the same hit when its
 * rule, field and list entry are: a new list entry for the same party is a new hit.
 */
class HitChanges {

	/** A list entry's id in a hit's evidence: {@code id EL:3225cb89eac6}, {@code id SDN:52291}. */
	private static final Pattern ENTRY_ID = Pattern.compile("\\bid ([A-Z]{2,5}:[^\\s;,()]+)");

	private final JdbcTemplate jdbc;

	HitChanges(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param changedBy one line per new (+) or gone (-) flagging hit: rule, severity, field, reason
	 * @param newEntries one line per new list entry (its source list, name and id) or new rule
	 */
	record Change(String changedBy, String newEntries) {
	}

	private record PreviousHit(String ruleId, Severity severity, String field, String evidence, String reason) {

		String key() {
			return HitChanges.key(this.ruleId, this.field, this.evidence);
		}

	}

	Change between(StoredTransaction previous, ScreeningOutcome now) {
		List<PreviousHit> before = this.jdbc.query("""
				SELECT rule_id, severity, field, evidence, reason FROM screening_hit
				WHERE run_id = ? AND transaction_id = ? ORDER BY seq
				""", (rs, row) -> new PreviousHit(rs.getString(1), Severity.valueOf(rs.getString(2)), rs.getString(3),
				rs.getString(4), rs.getString(5)), previous.runId(), previous.transactionId());
		Set<String> beforeKeys = new LinkedHashSet<>();
		before.stream().filter((hit) -> hit.severity() != Severity.INFO).forEach((hit) -> beforeKeys.add(hit.key()));
		Set<String> nowKeys = new LinkedHashSet<>();
		List<String> changedBy = new ArrayList<>();
		List<String> newEntries = new ArrayList<>();
		for (Hit hit : now.hits()) {
			if (hit.severity() == Severity.INFO) {
				continue;
			}
			String key = key(hit.ruleId(), hit.field(), hit.evidence());
			nowKeys.add(key);
			if (!beforeKeys.contains(key)) {
				changedBy.add("+ " + line(hit.ruleId(), hit.severity(), hit.field(), hit.reason()));
				newEntries.add(entryOrRule(hit));
			}
		}
		for (PreviousHit hit : before) {
			if (hit.severity() != Severity.INFO && !nowKeys.contains(hit.key())) {
				changedBy.add("- " + line(hit.ruleId(), hit.severity(), hit.field(), hit.reason()));
			}
		}
		if (changedBy.isEmpty()) {
			changedBy.add("the same flagging hits, with a different severity");
		}
		return new Change(String.join("\n", changedBy), newEntries.isEmpty() ? null : String.join("\n",
				new LinkedHashSet<>(newEntries)));
	}

	static String key(String ruleId, String field, String evidence) {
		String entry = entryId(evidence);
		return ruleId + "|" + ((field != null) ? field : "") + "|" + ((entry != null) ? entry : "");
	}

	static String entryId(String evidence) {
		if (evidence == null) {
			return null;
		}
		Matcher matcher = ENTRY_ID.matcher(evidence);
		return matcher.find() ? matcher.group(1) : null;
	}

	private static String line(String ruleId, Severity severity, String field, String reason) {
		return ruleId + " (" + severity + ")" + ((field != null) ? " " + field : "") + ": " + reason;
	}

	/** The new list entry (list, name, id), or the rule with its policy and version. */
	private static String entryOrRule(Hit hit) {
		String entry = entryId(hit.evidence());
		if (entry != null) {
			String evidence = hit.evidence();
			int end = evidence.indexOf(';');
			String what = (end > 0) ? evidence.substring(0, end) : entry;
			return what.equals(entry) ? entry : what + " [" + entry + "]";
		}
		return "rule " + hit.ruleId() + ((hit.policyId() != null) ? " (" + hit.policyId() + " v" + hit.policyVersion()
				+ ")" : "");
	}

}
