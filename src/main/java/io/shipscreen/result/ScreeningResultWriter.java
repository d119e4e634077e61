package io.shipscreen.result;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.shipscreen.screening.Decision;
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
			    order_date = VALUES(order_date), exporter = VALUES(exporter), item_part_number = VALUES(item_part_number),
			    item_description = VALUES(item_description), manufacturer = VALUES(manufacturer), eccn = VALUES(eccn),
			    quantity = VALUES(quantity), unit_value_usd = VALUES(unit_value_usd), tpp_per_unit = VALUES(tpp_per_unit),
			    purchaser_name = VALUES(purchaser_name), ultimate_consignee_name = VALUES(ultimate_consignee_name),
			    ultimate_consignee_country = VALUES(ultimate_consignee_country), end_user_name = VALUES(end_user_name),
			    end_user_country = VALUES(end_user_country), ship_to_country = VALUES(ship_to_country),
			    policy_id = VALUES(policy_id), policy_version = VALUES(policy_version),
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
		List<Object> keys = new ArrayList<>(results.size() + 1);
		keys.add(results.get(0).runId());
		List<Object[]> hits = new ArrayList<>();
		for (ScreeningResult result : results) {
			ExportTransaction tx = result.transaction();
			keys.add(tx.transactionId());
			int seq = 0;
			for (Hit hit : result.outcome().hits()) {
				hits.add(new Object[] { result.runId(), tx.transactionId(), ++seq, hit.ruleId(), hit.policyId(),
						hit.policyVersion(), hit.severity().name(), hit.field(), hit.evidence(), hit.reason(),
						hit.citation() });
			}
		}
		this.jdbc.batchUpdate(UPSERT_RESULT, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				ResultColumns.bind(ps, results.get(i), now);
			}

			@Override
			public int getBatchSize() {
				return results.size();
			}

		});
		// one statement per chunk: the hits of a replayed chunk are replaced, not added to
		this.jdbc.update(DELETE_HITS.formatted(String.join(", ", Collections.nCopies(keys.size() - 1, "?"))),
				keys.toArray());
		if (!hits.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_HIT, hits);
		}
		persistQuotaCharges(results);
	}

	/**
	 * Binds result rows with typed setters (the writer is the job's hottest path). A CLEAR row keeps
	 * what decided it and what an audit asks (item, quantity, value, consignee, countries, policy);
	 * the free texts reviewers read (description, other parties, reasons, evidence) are stored for
	 * flagged rows only: the hits table has every hit's reason and evidence either way.
	 */
	private static final class ResultColumns {

		static void bind(PreparedStatement ps, ScreeningResult result, Timestamp now) throws SQLException {
			ExportTransaction tx = result.transaction();
			ScreeningOutcome outcome = result.outcome();
			boolean flagged = outcome.decision() != Decision.CLEAR;
			ps.setLong(1, result.runId());
			ps.setString(2, tx.transactionId());
			ps.setString(3, tx.origin().file());
			ps.setLong(4, tx.origin().row());
			ps.setDate(5, Date.valueOf(tx.orderDate()));
			text(ps, 6, flagged ? tx.exporter() : null);
			text(ps, 7, tx.itemPartNumber());
			text(ps, 8, flagged ? tx.itemDescription() : null);
			text(ps, 9, flagged ? tx.manufacturer() : null);
			text(ps, 10, tx.eccn());
			ps.setLong(11, tx.quantity());
			ps.setBigDecimal(12, tx.unitValueUsd());
			ps.setBigDecimal(13, tx.tppPerUnit());
			text(ps, 14, (flagged && tx.purchaser() != null) ? tx.purchaser().name() : null);
			ps.setString(15, tx.ultimateConsignee().name());
			ps.setString(16, tx.ultimateConsignee().country());
			text(ps, 17, (flagged && tx.endUser() != null) ? tx.endUser().name() : null);
			text(ps, 18, tx.endUserCountry());
			ps.setString(19, tx.shipToCountry());
			text(ps, 20, (outcome.policy() != null) ? outcome.policy().id() : null);
			text(ps, 21, (outcome.policy() != null) ? outcome.policy().version() : null);
			text(ps, 22, outcome.destinationGroup());
			ps.setString(23, outcome.decision().name());
			ps.setInt(24, outcome.hits().size());
			ps.setString(25, String.join(" ", outcome.flaggingRuleIds()));
			text(ps, 26, flagged ? reasons(outcome) : null);
			text(ps, 27, flagged ? evidence(outcome) : null);
			ps.setTimestamp(28, now);
		}

		private static void text(PreparedStatement ps, int index, String value) throws SQLException {
			if (value == null) {
				ps.setNull(index, Types.VARCHAR);
			}
			else {
				ps.setString(index, value);
			}
		}

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
