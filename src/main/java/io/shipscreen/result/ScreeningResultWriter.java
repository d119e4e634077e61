package io.shipscreen.result;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.shipscreen.screening.Hit;
import io.shipscreen.screening.QuotaCharge;
import io.shipscreen.screening.QuotaLedger;
import io.shipscreen.screening.ScreeningOutcome;
import io.shipscreen.transaction.ExportTransaction;
import io.shipscreen.transaction.RowProblem;

/**
 * Writes a chunk of results, hits, rejects and quota charges in the step's transaction.
 * Idempotent: results and rejects are upserts on their natural keys, and a transaction's hits are
 * replaced whole, so a chunk replayed after a crash leaves the tables as one clean write would.
 */
@Component
public class ScreeningResultWriter implements ItemWriter<ScreenedItem> {

	static final String UPSERT_RESULT = """
			INSERT INTO screening_result (run_id, transaction_id, source_file, source_row, order_date, exporter,
			    item_part_number, item_description, manufacturer, eccn, quantity, unit_value_usd, tpp_per_unit,
			    purchaser_name, ultimate_consignee_name, ultimate_consignee_country, end_user_name, end_user_country,
			    ship_to_country, policy_id, policy_version, destination_group, decision, hit_count, rule_ids, reasons,
			    evidence, screened_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON DUPLICATE KEY UPDATE source_file = VALUES(source_file), source_row = VALUES(source_row),
			    order_date = VALUES(order_date), policy_id = VALUES(policy_id), policy_version = VALUES(policy_version),
			    destination_group = VALUES(destination_group), decision = VALUES(decision),
			    hit_count = VALUES(hit_count), rule_ids = VALUES(rule_ids), reasons = VALUES(reasons),
			    evidence = VALUES(evidence), screened_at = VALUES(screened_at)
			""";

	static final String DELETE_HITS = "DELETE FROM screening_hit WHERE run_id = ? AND transaction_id IN (%s)";

	static final String INSERT_HIT = """
			INSERT INTO screening_hit (run_id, transaction_id, seq, rule_id, policy_id, policy_version, severity, field,
			    evidence, reason, citation)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	static final String UPSERT_REJECT = """
			INSERT INTO screening_reject (run_id, source_file, source_ref, column_name, transaction_id, cell, cell_value,
			    reason)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON DUPLICATE KEY UPDATE transaction_id = VALUES(transaction_id), cell = VALUES(cell),
			    cell_value = VALUES(cell_value), reason = VALUES(reason)
			""";

	private final JdbcTemplate jdbc;

	private final ObjectProvider<QuotaLedger> quotaLedger;

	public ScreeningResultWriter(JdbcTemplate jdbc, ObjectProvider<QuotaLedger> quotaLedger) {
		this.jdbc = jdbc;
		this.quotaLedger = quotaLedger;
	}

	@Override
	public void write(Chunk<? extends ScreenedItem> chunk) {
		List<ScreeningResult> results = new ArrayList<>();
		List<RejectedRow> rejects = new ArrayList<>();
		for (ScreenedItem item : chunk) {
			if (item instanceof ScreeningResult result) {
				results.add(result);
			}
			else if (item instanceof RejectedRow reject) {
				rejects.add(reject);
			}
		}
		writeResults(results);
		writeRejects(rejects);
	}

	private void writeResults(List<ScreeningResult> results) {
		if (results.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = new ArrayList<>(results.size());
		List<Object> keys = new ArrayList<>(results.size() + 1);
		keys.add(results.get(0).runId());
		List<Object[]> hits = new ArrayList<>();
		for (ScreeningResult result : results) {
			ExportTransaction tx = result.transaction();
			ScreeningOutcome outcome = result.outcome();
			rows.add(new Object[] { result.runId(), tx.transactionId(), tx.origin().file(), tx.origin().row(),
					tx.orderDate(), tx.exporter(), tx.itemPartNumber(), tx.itemDescription(), tx.manufacturer(),
					tx.eccn(), tx.quantity(), tx.unitValueUsd(), tx.tppPerUnit(),
					(tx.purchaser() != null) ? tx.purchaser().name() : null, tx.ultimateConsignee().name(),
					tx.ultimateConsignee().country(), (tx.endUser() != null) ? tx.endUser().name() : null,
					tx.endUserCountry(), tx.shipToCountry(),
					(outcome.policy() != null) ? outcome.policy().id() : null,
					(outcome.policy() != null) ? outcome.policy().version() : null, outcome.destinationGroup(),
					outcome.decision().name(), outcome.hits().size(), String.join(" ", outcome.flaggingRuleIds()),
					reasons(outcome), evidence(outcome), now });
			keys.add(tx.transactionId());
			int seq = 0;
			for (Hit hit : outcome.hits()) {
				hits.add(new Object[] { result.runId(), tx.transactionId(), ++seq, hit.ruleId(), hit.policyId(),
						hit.policyVersion(), hit.severity().name(), hit.field(), hit.evidence(), hit.reason(),
						hit.citation() });
			}
		}
		this.jdbc.batchUpdate(UPSERT_RESULT, rows);
		// one statement per chunk: the hits of a replayed chunk are replaced, not added to
		this.jdbc.update(DELETE_HITS.formatted(String.join(", ", Collections.nCopies(keys.size() - 1, "?"))),
				keys.toArray());
		if (!hits.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_HIT, hits);
		}
		persistQuotaCharges(results);
	}

	private void persistQuotaCharges(List<ScreeningResult> results) {
		QuotaLedger ledger = this.quotaLedger.getIfAvailable();
		if (ledger == null) {
			return;
		}
		for (ScreeningResult result : results) {
			List<QuotaCharge> charges = result.outcome()
				.hits()
				.stream()
				.map(Hit::charge)
				.filter((charge) -> charge != null)
				.toList();
			if (!charges.isEmpty()) {
				ExportTransaction tx = result.transaction();
				ledger.persist(result.runId(), tx.transactionId(), tx.orderDate(), charges);
			}
		}
	}

	private static String reasons(ScreeningOutcome outcome) {
		return outcome.hits()
			.stream()
			.map((hit) -> hit.ruleId() + ": " + hit.reason())
			.collect(Collectors.joining("\n"));
	}

	private static String evidence(ScreeningOutcome outcome) {
		return outcome.hits()
			.stream()
			.filter((hit) -> hit.evidence() != null && !hit.evidence().isBlank())
			.map((hit) -> hit.ruleId() + ": " + hit.evidence())
			.collect(Collectors.joining("\n"));
	}

	private void writeRejects(List<RejectedRow> rejects) {
		if (rejects.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>();
		for (RejectedRow reject : rejects) {
			for (RowProblem problem : reject.problems()) {
				rows.add(new Object[] { reject.runId(), reject.origin().file(), reject.origin().locator(),
						(problem.column() != null) ? problem.column() : "", reject.transactionId(), problem.position(),
						truncate(problem.value(), 1000), problem.reason() });
			}
		}
		this.jdbc.batchUpdate(UPSERT_REJECT, rows);
	}

	private static String truncate(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length) + "…";
	}

}
