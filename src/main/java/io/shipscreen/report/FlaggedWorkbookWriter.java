package io.shipscreen.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import io.shipscreen.report.SplitSheetWriter.ColumnSpec;
import io.shipscreen.report.SplitSheetWriter.Kind;

/**
 * {@code flagged-<run-date>.xlsx}: every REVIEW/HOLD transaction of a run (HOLD first) with its
 * rules, reasons and evidence, and empty reviewer columns for the team; one row per hit on
 * {@code Hits}; the run's rejected rows on {@code Rejects}. Streams from the database through
 * SXSSF, so memory stays flat however many rows are flagged. Writing a sheet keeps a core busy
 * (XML escaping, compression): {@code Flagged} is written on the caller's thread while {@code Hits}
 * and {@code Rejects} are written on a second one, each from its own query and connection.
 */
@Component
public class FlaggedWorkbookWriter {

	/** What reviewers decided on this transaction (or consignee) on an earlier night. */
	public static final String LAST_REVIEW_HEADER = "Last review";

	/** The run id: a review import matches each row to its result by transaction id and run. */
	public static final String RUN_HEADER = "Run";

	static final List<ColumnSpec> FLAGGED_COLUMNS = List.of(new ColumnSpec("Transaction ID", 18, Kind.TEXT),
			new ColumnSpec("Decision", 10, Kind.DECISION), new ColumnSpec("Rules", 36, Kind.WRAPPED),
			new ColumnSpec("Reasons", 70, Kind.WRAPPED), new ColumnSpec("Evidence", 60, Kind.WRAPPED),
			new ColumnSpec("Order date", 11, Kind.DATE), new ColumnSpec("Exporter", 20, Kind.TEXT),
			new ColumnSpec("Part number", 18, Kind.TEXT), new ColumnSpec("Item description", 34, Kind.WRAPPED),
			new ColumnSpec("ECCN", 10, Kind.TEXT), new ColumnSpec("Quantity", 9, Kind.NUMBER),
			new ColumnSpec("Unit value USD", 13, Kind.DECIMAL), new ColumnSpec("Purchaser", 24, Kind.WRAPPED),
			new ColumnSpec("Ultimate consignee", 28, Kind.WRAPPED), new ColumnSpec("Consignee country", 10, Kind.TEXT),
			new ColumnSpec("End user", 24, Kind.WRAPPED), new ColumnSpec("End user country", 10, Kind.TEXT),
			new ColumnSpec("Ship to", 8, Kind.TEXT), new ColumnSpec("Policy", 22, Kind.TEXT),
			new ColumnSpec("Destination group", 12, Kind.TEXT), new ColumnSpec("Source file", 22, Kind.TEXT),
			new ColumnSpec("Source row", 9, Kind.NUMBER), new ColumnSpec("Reviewer decision", 18, Kind.DROPDOWN),
			new ColumnSpec("Reviewer", 16, Kind.INPUT), new ColumnSpec("Reviewer note", 40, Kind.INPUT),
			// after the reviewer columns, so every earlier column keeps its place
			new ColumnSpec(LAST_REVIEW_HEADER, 40, Kind.WRAPPED), new ColumnSpec(RUN_HEADER, 8, Kind.TEXT));

	static final List<ColumnSpec> HIT_COLUMNS = List.of(new ColumnSpec("Transaction ID", 18, Kind.TEXT),
			new ColumnSpec("Decision", 10, Kind.DECISION), new ColumnSpec("#", 4, Kind.NUMBER),
			new ColumnSpec("Rule", 24, Kind.TEXT), new ColumnSpec("Severity", 9, Kind.DECISION),
			new ColumnSpec("Field", 26, Kind.TEXT), new ColumnSpec("Reason", 70, Kind.WRAPPED),
			new ColumnSpec("Evidence", 60, Kind.WRAPPED), new ColumnSpec("Citation", 36, Kind.WRAPPED),
			new ColumnSpec("Policy", 22, Kind.TEXT), new ColumnSpec("Policy version", 10, Kind.TEXT));

	static final List<ColumnSpec> REJECT_COLUMNS = List.of(new ColumnSpec("Source file", 24, Kind.TEXT),
			new ColumnSpec("Row or key", 14, Kind.TEXT), new ColumnSpec("Column", 26, Kind.TEXT),
			new ColumnSpec("Cell", 6, Kind.TEXT), new ColumnSpec("Value", 30, Kind.WRAPPED),
			new ColumnSpec("Transaction ID", 18, Kind.TEXT), new ColumnSpec("Reason", 60, Kind.WRAPPED));

	private final JdbcTemplate jdbc;

	private final ObjectProvider<PriorReviews> priorReviews;

	public FlaggedWorkbookWriter(StreamingQueries queries) {
		this(queries, null);
	}

	@Autowired
	public FlaggedWorkbookWriter(StreamingQueries queries, ObjectProvider<PriorReviews> priorReviews) {
		this.jdbc = queries.jdbc();
		this.priorReviews = priorReviews;
	}

	/** The header of the flagged sheet, in column order. */
	public static List<String> flaggedHeaders() {
		return FLAGGED_COLUMNS.stream().map(ColumnSpec::header).toList();
	}

	public static Path fileFor(Path outputDir, LocalDate runDate) {
		return outputDir.resolve("flagged-" + runDate + ".xlsx");
	}

	/**
	 * Writes the workbook for {@code runId}, starting a new sheet every {@code sheetRowLimit}
	 * rows; returns the number of flagged transactions.
	 */
	public long write(long runId, Path target, int sheetRowLimit) throws IOException {
		SXSSFWorkbook workbook = new FastDeflateWorkbook(200);
		try {
			SharedWorkbook shared = new SharedWorkbook(workbook);
			// every style before the threads start: making one changes the workbook
			SheetStyles styles = SheetStyles.of(workbook);
			// each family's first sheet made here, in order: Flagged stays the first, selected sheet
			SplitSheetWriter flagged = new SplitSheetWriter(shared, "Flagged", FLAGGED_COLUMNS, styles, sheetRowLimit,
					ReviewDecision.labels());
			SplitSheetWriter hits = new SplitSheetWriter(shared, "Hits", HIT_COLUMNS, styles, sheetRowLimit, null);
			SplitSheetWriter rejects = new SplitSheetWriter(shared, "Rejects", REJECT_COLUMNS, styles, sheetRowLimit,
					null);
			// Flagged takes about 60 % of the time, Hits and Rejects the rest. Each query takes a pooled
			// connection of its own (no transaction is bound to the second thread) and reads results
			// committed before the report step.
			long count = shared.writeAtOnce("flagged-workbook-hits-" + runId, () -> writeFlagged(flagged, runId),
					() -> {
						writeHits(hits, runId);
						writeRejects(rejects, runId);
					});
			// a family that continued on a new sheet while another was written got it after that
			// family's sheets: every sheet to its place, then the names bound to places
			List<SplitSheetWriter> families = List.of(flagged, hits, rejects);
			shared.orderSheets(families.stream().flatMap((family) -> family.sheetNames().stream()).toList());
			families.forEach(SplitSheetWriter::completeSheets);
			WorkbookFiles.publish(workbook, target);
			return count;
		}
		finally {
			workbook.close();
		}
	}

	private long writeFlagged(SplitSheetWriter sheet, long runId) {
		PriorReviews.Lookup reviews = PriorReviews.forRun(this.priorReviews, runId);
		this.jdbc.query("""
				SELECT transaction_id, decision, rule_ids, reasons, evidence, order_date, exporter, item_part_number,
				       item_description, eccn, quantity, unit_value_usd, purchaser_name, ultimate_consignee_name,
				       ultimate_consignee_country, end_user_name, end_user_country, ship_to_country, policy_id,
				       policy_version, destination_group, source_file, source_row
				FROM screening_result WHERE run_id = ? AND decision <> 'CLEAR'
				ORDER BY decision, transaction_id
				""", (rs) -> {
			String policy = (rs.getString("policy_id") != null)
					? rs.getString("policy_id") + " v" + rs.getString("policy_version") : null;
			long sourceRow = rs.getLong("source_row");
			sheet.row(rs.getString("transaction_id"), rs.getString("decision"), rs.getString("rule_ids"),
					rs.getString("reasons"), rs.getString("evidence"), rs.getObject("order_date", LocalDate.class),
					rs.getString("exporter"), rs.getString("item_part_number"), rs.getString("item_description"),
					rs.getString("eccn"), rs.getLong("quantity"), rs.getBigDecimal("unit_value_usd"),
					rs.getString("purchaser_name"), rs.getString("ultimate_consignee_name"),
					rs.getString("ultimate_consignee_country"), rs.getString("end_user_name"),
					rs.getString("end_user_country"), rs.getString("ship_to_country"), policy,
					rs.getString("destination_group"), rs.getString("source_file"),
					(sourceRow > 0) ? sourceRow : null, null, null, null,
					reviews.lastReview(rs.getString("transaction_id"), rs.getString("ultimate_consignee_name"))
						.orElse(null),
					// text: a number format would show run 1234 as "1,234"
					Long.toString(runId));
		}, runId);
		return sheet.finish();
	}

	private void writeHits(SplitSheetWriter sheet, long runId) {
		this.jdbc.query("""
				SELECT h.transaction_id, r.decision, h.seq, h.rule_id, h.severity, h.field, h.reason, h.evidence,
				       h.citation, h.policy_id, h.policy_version
				FROM screening_hit h
				JOIN screening_result r ON r.run_id = h.run_id AND r.transaction_id = h.transaction_id
				WHERE h.run_id = ? AND r.decision <> 'CLEAR'
				ORDER BY r.decision, h.transaction_id, h.seq
				""", hitRows(sheet), runId);
		sheet.finish();
	}

	/** A {@code Hits} row from a query's columns in {@link #HIT_COLUMNS}' order. */
	static RowCallbackHandler hitRows(SplitSheetWriter sheet) {
		return (rs) -> sheet.row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
				rs.getString(11));
	}

	private void writeRejects(SplitSheetWriter sheet, long runId) {
		this.jdbc.query("""
				SELECT source_file, source_ref, column_name, cell, cell_value, transaction_id, reason
				FROM screening_reject WHERE run_id = ?
				ORDER BY source_file, LENGTH(source_ref), source_ref, column_name
				""", (rs) -> {
			sheet.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7));
		}, runId);
		sheet.finish();
	}

}
