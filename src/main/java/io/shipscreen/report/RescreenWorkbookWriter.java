package io.shipscreen.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.JdbcTemplate;

import io.shipscreen.report.SplitSheetWriter.ColumnSpec;
import io.shipscreen.report.SplitSheetWriter.Kind;

/**
 * {@code rescreen-<date>.xlsx}: every transaction whose decision a re-screen changed, in the
 * flagged workbook's reviewer layout (so the review import reads it: sheet {@code Flagged}, the
 * same columns, the reviewer columns, {@code Run} = the re-screen's run), with four more columns
 * after {@code Decision}: {@code Previous decision}, {@code Previous run}, {@code Changed by} (the
 * flagging hits that are new, +, or gone, -) and {@code New entry or rule}. {@code Hits} lists
 * every hit of those transactions. Here, beside the flagged workbook, because it shares its sheet
 * writer and styles.
 */
@Component
public class RescreenWorkbookWriter {

	public static final String PREVIOUS_DECISION_HEADER = "Previous decision";

	static final List<ColumnSpec> COLUMNS;

	static {
		List<ColumnSpec> columns = new ArrayList<>(FlaggedWorkbookWriter.FLAGGED_COLUMNS.subList(0, 2));
		columns.add(new ColumnSpec(PREVIOUS_DECISION_HEADER, 10, Kind.DECISION));
		columns.add(new ColumnSpec("Previous run", 8, Kind.TEXT));
		columns.add(new ColumnSpec("Changed by", 70, Kind.WRAPPED));
		columns.add(new ColumnSpec("New entry or rule", 50, Kind.WRAPPED));
		columns.addAll(FlaggedWorkbookWriter.FLAGGED_COLUMNS.subList(2, FlaggedWorkbookWriter.FLAGGED_COLUMNS.size()));
		COLUMNS = List.copyOf(columns);
	}

	private final JdbcTemplate jdbc;

	private final ObjectProvider<PriorReviews> priorReviews;

	private final ObjectMapper json = new ObjectMapper();

	public RescreenWorkbookWriter(StreamingQueries queries, ObjectProvider<PriorReviews> priorReviews) {
		this.jdbc = queries.jdbc();
		this.priorReviews = priorReviews;
	}

	public static List<String> headers() {
		return COLUMNS.stream().map(ColumnSpec::header).toList();
	}

	/** Writes the workbook of {@code runId}'s changed decisions; returns how many there are. */
	public long write(long runId, Path target, int sheetRowLimit) throws IOException {
		SXSSFWorkbook workbook = new FastDeflateWorkbook(200);
		try {
			SharedWorkbook shared = new SharedWorkbook(workbook);
			SheetStyles styles = SheetStyles.of(workbook);
			SplitSheetWriter changed = new SplitSheetWriter(shared, "Flagged", COLUMNS, styles, sheetRowLimit,
					ReviewDecision.labels());
			SplitSheetWriter hits = new SplitSheetWriter(shared, "Hits", FlaggedWorkbookWriter.HIT_COLUMNS, styles,
					sheetRowLimit, null);
			long count = shared.writeAtOnce("rescreen-workbook-hits-" + runId, () -> writeChanged(changed, runId),
					() -> writeHits(hits, runId));
			List<SplitSheetWriter> families = List.of(changed, hits);
			shared.orderSheets(families.stream().flatMap((family) -> family.sheetNames().stream()).toList());
			families.forEach(SplitSheetWriter::completeSheets);
			WorkbookFiles.publish(workbook, target);
			return count;
		}
		finally {
			workbook.close();
		}
	}

	private long writeChanged(SplitSheetWriter sheet, long runId) {
		PriorReviews.Lookup reviews = PriorReviews.forRun(this.priorReviews, runId);
		this.jdbc.query("""
				SELECT r.transaction_id, r.decision, c.previous_decision, c.previous_run_id, c.changed_by, c.new_entries,
				       r.rule_ids, r.reasons, r.evidence, r.order_date, r.exporter, r.item_part_number, r.item_description,
				       r.eccn, r.quantity, r.unit_value_usd, r.purchaser_name, r.ultimate_consignee_name,
				       r.ultimate_consignee_country, r.end_user_name, r.end_user_country, r.ship_to_country, r.policy_id,
				       r.policy_version, r.destination_group, r.source_file, r.source_row, t.fields
				FROM rescreen_change c
				JOIN screening_result r ON r.run_id = c.run_id AND r.transaction_id = c.transaction_id
				LEFT JOIN screened_transaction t ON t.transaction_id = c.transaction_id
				WHERE c.run_id = ?
				ORDER BY CASE r.decision WHEN 'HOLD' THEN 0 WHEN 'REVIEW' THEN 1 ELSE 2 END, r.transaction_id
				""", (rs) -> {
			// a CLEAR result keeps no free texts: the reviewer still sees what the order was
			Map<String, String> fields = fields(rs.getString("fields"));
			String policy = (rs.getString("policy_id") != null)
					? rs.getString("policy_id") + " v" + rs.getString("policy_version") : null;
			long sourceRow = rs.getLong("source_row");
			sheet.row(rs.getString("transaction_id"), rs.getString("decision"), rs.getString("previous_decision"),
					Long.toString(rs.getLong("previous_run_id")), rs.getString("changed_by"), rs.getString("new_entries"),
					rs.getString("rule_ids"), rs.getString("reasons"), rs.getString("evidence"),
					rs.getObject("order_date", LocalDate.class), or(rs.getString("exporter"), fields.get("exporter")),
					rs.getString("item_part_number"),
					or(rs.getString("item_description"), fields.get("item_description")), rs.getString("eccn"),
					rs.getLong("quantity"), rs.getBigDecimal("unit_value_usd"),
					or(rs.getString("purchaser_name"), fields.get("purchaser_name")),
					rs.getString("ultimate_consignee_name"), rs.getString("ultimate_consignee_country"),
					rs.getString("end_user_name"), rs.getString("end_user_country"), rs.getString("ship_to_country"),
					policy, rs.getString("destination_group"), rs.getString("source_file"),
					(sourceRow > 0) ? sourceRow : null, null, null, null,
					reviews.lastReview(rs.getString("transaction_id"), rs.getString("ultimate_consignee_name"))
						.orElse(null),
					Long.toString(runId));
		}, runId);
		return sheet.finish();
	}

	private void writeHits(SplitSheetWriter sheet, long runId) {
		this.jdbc.query("""
				SELECT h.transaction_id, r.decision, h.seq, h.rule_id, h.severity, h.field, h.reason, h.evidence,
				       h.citation, h.policy_id, h.policy_version
				FROM rescreen_change c
				JOIN screening_result r ON r.run_id = c.run_id AND r.transaction_id = c.transaction_id
				JOIN screening_hit h ON h.run_id = c.run_id AND h.transaction_id = c.transaction_id
				WHERE c.run_id = ?
				ORDER BY CASE r.decision WHEN 'HOLD' THEN 0 WHEN 'REVIEW' THEN 1 ELSE 2 END, h.transaction_id, h.seq
				""", FlaggedWorkbookWriter.hitRows(sheet), runId);
		sheet.finish();
	}

	private Map<String, String> fields(String document) {
		if (document == null) {
			return Map.of();
		}
		try {
			Map<String, Map<String, String>> parsed = this.json.readValue(document, new TypeReference<>() {
			});
			return parsed.getOrDefault("fields", Map.of());
		}
		catch (JsonProcessingException ex) {
			return Map.of();
		}
	}

	private static String or(String value, String fallback) {
		return (value != null) ? value : fallback;
	}

}
