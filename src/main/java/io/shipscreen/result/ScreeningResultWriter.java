package io.shipscreen.result;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;

import io.shipscreen.screening.DrawLedger;
import io.shipscreen.shared.Decision;
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
public class ScreeningResultWriter implements ItemWriter<ScreenedItem> {

	private static final Logger log = LoggerFactory.getLogger(ScreeningResultWriter.class);

	/** The columns of every result, CLEAR or flagged, in the order {@link ResultColumns} binds them. */
	private static final String RESULT_COLUMNS = """
			run_id, transaction_id, source_file, source_row, order_date, item_part_number, eccn, quantity,
			    unit_value_usd, tpp_per_unit, ultimate_consignee_name, ultimate_consignee_country, end_user_country,
			    ship_to_country, policy_id, policy_version, destination_group, hit_count, screened_at""";

	private static final String UPDATE_RESULT_COLUMNS = """
			source_file = VALUES(source_file), source_row = VALUES(source_row), order_date = VALUES(order_date),
			    item_part_number = VALUES(item_part_number), eccn = VALUES(eccn), quantity = VALUES(quantity),
			    unit_value_usd = VALUES(unit_value_usd), tpp_per_unit = VALUES(tpp_per_unit),
			    ultimate_consignee_name = VALUES(ultimate_consignee_name),
			    ultimate_consignee_country = VALUES(ultimate_consignee_country), end_user_country = VALUES(end_user_country),
			    ship_to_country = VALUES(ship_to_country), policy_id = VALUES(policy_id),
			    policy_version = VALUES(policy_version), destination_group = VALUES(destination_group),
			    hit_count = VALUES(hit_count), screened_at = VALUES(screened_at)""";

	/**
	 * A CLEAR result, nine in ten rows and the writer's hottest statement: what decided it and what
	 * an audit asks (item, quantity, value, consignee, countries, policy). The free texts reviewers
	 * read (description, other parties, reasons, evidence) are kept for flagged rows only; the hits
	 * table has every hit's reason and evidence either way.
	 */
	static final String UPSERT_CLEAR = "INSERT INTO screening_result (" + RESULT_COLUMNS + """
			, decision)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CLEAR')
			ON DUPLICATE KEY UPDATE decision = 'CLEAR', exporter = NULL, item_description = NULL, manufacturer = NULL,
			    purchaser_name = NULL, end_user_name = NULL, rule_ids = NULL, reasons = NULL, evidence = NULL,
			""" + UPDATE_RESULT_COLUMNS;

	/** A flagged result: the same columns, then everything else a reviewer reads in the workbook. */
	static final String UPSERT_FLAGGED = "INSERT INTO screening_result (" + RESULT_COLUMNS + """
			, decision, exporter, item_description, manufacturer, purchaser_name, end_user_name, rule_ids, reasons, evidence)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON DUPLICATE KEY UPDATE decision = VALUES(decision), exporter = VALUES(exporter),
			    item_description = VALUES(item_description), manufacturer = VALUES(manufacturer),
			    purchaser_name = VALUES(purchaser_name), end_user_name = VALUES(end_user_name),
			    rule_ids = VALUES(rule_ids), reasons = VALUES(reasons), evidence = VALUES(evidence),
			""" + UPDATE_RESULT_COLUMNS;

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

	/** Every column of a result, for {@code LOAD DATA}: a CLEAR row has NULL texts, as its upsert leaves them. */
	static final String LOAD_RESULT_COLUMNS = RESULT_COLUMNS.replaceAll("\\s+", " ")
			+ ", decision, exporter, item_description, manufacturer, purchaser_name, end_user_name, rule_ids, reasons,"
			+ " evidence";

	static final String LOAD_HIT_COLUMNS = "run_id, transaction_id, seq, rule_id, policy_id, policy_version, severity,"
			+ " field, evidence, reason, citation";

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

	private final JdbcTemplate jdbc;

	private final ObjectProvider<QuotaLedger> quotaLedger;

	private final boolean replaceEarlierHits;

	private final List<DrawLedger> drawLedgers;
	private final boolean loadData;

	/**
	 * @param replaceEarlierHits whether the run already has results, so that a row written now may
	 * have hits from an earlier execution (a restart): only then are a chunk's hits deleted before
	 * they are inserted. A first execution writes only new keys, and skips that statement (on H2 it
	 * cost more than all the inserts: it scans the run's hits for every chunk).
	 */
	public ScreeningResultWriter(JdbcTemplate jdbc, ObjectProvider<QuotaLedger> quotaLedger,
			boolean replaceEarlierHits) {
		this(jdbc, quotaLedger, replaceEarlierHits, false, List.of());
	}

	public ScreeningResultWriter(JdbcTemplate jdbc, ObjectProvider<QuotaLedger> quotaLedger,
			boolean replaceEarlierHits, boolean loadData) {
		this(jdbc, quotaLedger, replaceEarlierHits, loadData, List.of());
	}

	/**
	 * @param loadData whether results and hits go to the database as {@code LOAD DATA LOCAL}
	 * streams ({@link LoadDataLocal}; MySQL/MariaDB through Connector/J, checked by
	 * {@link #loadData}) instead of batched upserts and inserts; the same rows either way
	 * @param drawLedgers the other ledgers checks draw on (the licence draws), persisted with the chunk
	 */
	public ScreeningResultWriter(JdbcTemplate jdbc, ObjectProvider<QuotaLedger> quotaLedger,
			boolean replaceEarlierHits, boolean loadData, List<DrawLedger> drawLedgers) {
		this.jdbc = jdbc;
		this.quotaLedger = quotaLedger;
		this.replaceEarlierHits = replaceEarlierHits;
		this.loadData = loadData;
		this.drawLedgers = List.copyOf(drawLedgers);
	}

	/**
	 * Whether the writer for {@code jdbc} streams {@code LOAD DATA LOCAL} ({@link ResultProperties#loadData}):
	 * when asked for and the database can take it; otherwise batched inserts, and a warning why.
	 */
	public static boolean loadData(ResultProperties properties, JdbcTemplate jdbc) {
		if (!properties.loadData()) {
			return false;
		}
		Optional<String> unavailable = LoadDataLocal.unavailable(jdbc);
		unavailable.ifPresentOrElse((reason) -> log.warn("shipscreen.result.load-data=true but {}: results are "
				+ "written as batched inserts instead (the same rows, slower)", reason),
				() -> log.info("results and hits are written as LOAD DATA LOCAL streams (shipscreen.result.load-data)"));
		return unavailable.isEmpty();
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
		// TIMESTAMP(3): the column keeps milliseconds
		LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
		List<StoredHit> hits = new ArrayList<>();
		List<ScreeningResult> clear = new ArrayList<>(results.size());
		List<ScreeningResult> flagged = new ArrayList<>();
		for (ScreeningResult result : results) {
			int seq = 0;
			for (Hit hit : result.outcome().hits()) {
				hits.add(new StoredHit(result, ++seq, hit));
			}
			(result.outcome().decision() == Decision.CLEAR ? clear : flagged).add(result);
		}
		if (this.loadData) {
			LoadDataLocal.replace(this.jdbc, "screening_result", LOAD_RESULT_COLUMNS,
					ResultColumns.rows(results, TIMESTAMP.format(now)));
		}
		else {
			upsert(UPSERT_CLEAR, clear, (ps, result) -> ResultColumns.bindClear(ps, result, now));
			upsert(UPSERT_FLAGGED, flagged, (ps, result) -> ResultColumns.bindFlagged(ps, result, now));
		}
		if (this.replaceEarlierHits) {
			// one statement per chunk: the hits of a replayed row are replaced, not added to
			List<Object> keys = new ArrayList<>(results.size() + 1);
			keys.add(results.get(0).runId());
			results.forEach((result) -> keys.add(result.transaction().transactionId()));
			this.jdbc.update(DELETE_HITS.formatted(String.join(", ", Collections.nCopies(results.size(), "?"))),
					keys.toArray());
		}
		if (!hits.isEmpty() && this.loadData) {
			LoadDataLocal.replace(this.jdbc, "screening_hit", LOAD_HIT_COLUMNS, StoredHit.rows(hits));
		}
		else if (!hits.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_HIT, hits, hits.size(), StoredHit::bind);
		}
		persistQuotaCharges(results);
		for (DrawLedger ledger : this.drawLedgers) {
			results.forEach((result) -> ledger.persist(result.runId(), result.transaction()));
		}
	}

	/** A hit as {@code screening_hit} keeps it: its transaction's result and its place in the list. */
	private record StoredHit(ScreeningResult result, int seq, Hit hit) {

		static void bind(PreparedStatement ps, StoredHit stored) throws SQLException {
			Hit hit = stored.hit();
			ps.setLong(1, stored.result().runId());
			ps.setString(2, stored.result().transaction().transactionId());
			ps.setInt(3, stored.seq());
			ps.setString(4, hit.ruleId());
			ResultColumns.text(ps, 5, hit.policyId());
			ResultColumns.text(ps, 6, hit.policyVersion());
			ps.setString(7, hit.severity().name());
			ResultColumns.text(ps, 8, hit.field());
			ResultColumns.text(ps, 9, hit.evidence());
			ps.setString(10, hit.reason());
			ResultColumns.text(ps, 11, hit.citation());
		}

		/** The hits as {@code LOAD DATA} rows: {@link #LOAD_HIT_COLUMNS}, the values {@link #bind} binds. */
		static LoadDataRows rows(List<StoredHit> hits) {
			LoadDataRows rows = new LoadDataRows(hits.size());
			for (StoredHit stored : hits) {
				Hit hit = stored.hit();
				rows.number(stored.result().runId())
					.text(stored.result().transaction().transactionId())
					.number(stored.seq())
					.text(hit.ruleId())
					.text(hit.policyId())
					.text(hit.policyVersion())
					.text(hit.severity().name())
					.text(hit.field())
					.text(hit.evidence())
					.text(hit.reason())
					.text(hit.citation())
					.endRow();
			}
			return rows;
		}

	}

	private void upsert(String sql, List<ScreeningResult> rows,
			ParameterizedPreparedStatementSetter<ScreeningResult> setter) {
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(sql, rows, rows.size(), setter);
		}
	}

	/**
	 * Binds results with typed setters (no per-value type inspection: the writer is the job's
	 * hottest path). Dates as {@code java.time} values, which the driver formats without a
	 * {@code SimpleDateFormat} per value.
	 */
	private static final class ResultColumns {

		/** Parameters 1 to 19: {@code RESULT_COLUMNS}. */
		static void bindClear(PreparedStatement ps, ScreeningResult result, LocalDateTime now) throws SQLException {
			ExportTransaction tx = result.transaction();
			ScreeningOutcome outcome = result.outcome();
			ps.setLong(1, result.runId());
			ps.setString(2, tx.transactionId());
			ps.setString(3, tx.origin().file());
			ps.setLong(4, tx.origin().row());
			ps.setObject(5, tx.orderDate());
			text(ps, 6, tx.itemPartNumber());
			text(ps, 7, tx.eccn());
			ps.setLong(8, tx.quantity());
			ps.setBigDecimal(9, tx.unitValueUsd());
			ps.setBigDecimal(10, tx.tppPerUnit());
			ps.setString(11, tx.ultimateConsignee().name());
			ps.setString(12, tx.ultimateConsignee().country());
			text(ps, 13, tx.endUserCountry());
			ps.setString(14, tx.shipToCountry());
			text(ps, 15, (outcome.policy() != null) ? outcome.policy().id() : null);
			text(ps, 16, (outcome.policy() != null) ? outcome.policy().version() : null);
			text(ps, 17, outcome.destinationGroup());
			ps.setInt(18, outcome.hits().size());
			ps.setObject(19, now);
		}

		/** The CLEAR parameters, then 20 to 28: the decision and the reviewer's texts. */
		static void bindFlagged(PreparedStatement ps, ScreeningResult result, LocalDateTime now) throws SQLException {
			bindClear(ps, result, now);
			ExportTransaction tx = result.transaction();
			ScreeningOutcome outcome = result.outcome();
			ps.setString(20, outcome.decision().name());
			text(ps, 21, tx.exporter());
			text(ps, 22, tx.itemDescription());
			text(ps, 23, tx.manufacturer());
			text(ps, 24, (tx.purchaser() != null) ? tx.purchaser().name() : null);
			text(ps, 25, (tx.endUser() != null) ? tx.endUser().name() : null);
			ps.setString(26, String.join(" ", outcome.flaggingRuleIds()));
			text(ps, 27, reasons(outcome));
			text(ps, 28, evidence(outcome));
		}

		/**
		 * The results as {@code LOAD DATA} rows, in {@link #LOAD_RESULT_COLUMNS} order: the values
		 * {@link #bindClear} and {@link #bindFlagged} bind, and NULL texts for a CLEAR row.
		 */
		static LoadDataRows rows(List<ScreeningResult> results, String now) {
			LoadDataRows rows = new LoadDataRows(results.size());
			for (ScreeningResult result : results) {
				ExportTransaction tx = result.transaction();
				ScreeningOutcome outcome = result.outcome();
				rows.number(result.runId())
					.text(tx.transactionId())
					.text(tx.origin().file())
					.number(tx.origin().row())
					.date(tx.orderDate())
					.text(tx.itemPartNumber())
					.text(tx.eccn())
					.number(tx.quantity())
					.decimal(tx.unitValueUsd())
					.decimal(tx.tppPerUnit())
					.text(tx.ultimateConsignee().name())
					.text(tx.ultimateConsignee().country())
					.text(tx.endUserCountry())
					.text(tx.shipToCountry())
					.text((outcome.policy() != null) ? outcome.policy().id() : null)
					.text((outcome.policy() != null) ? outcome.policy().version() : null)
					.text(outcome.destinationGroup())
					.number(outcome.hits().size())
					.literal(now)
					.text(outcome.decision().name());
				if (outcome.decision() == Decision.CLEAR) {
					for (int i = 0; i < 8; i++) {
						rows.text(null);
					}
				}
				else {
					rows.text(tx.exporter())
						.text(tx.itemDescription())
						.text(tx.manufacturer())
						.text((tx.purchaser() != null) ? tx.purchaser().name() : null)
						.text((tx.endUser() != null) ? tx.endUser().name() : null)
						.text(String.join(" ", outcome.flaggingRuleIds()))
						.text(reasons(outcome))
						.text(evidence(outcome));
				}
				rows.endRow();
			}
			return rows;
		}

		static void text(PreparedStatement ps, int index, String value) throws SQLException {
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
