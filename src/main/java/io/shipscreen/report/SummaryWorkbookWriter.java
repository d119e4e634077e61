package io.shipscreen.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.shipscreen.result.RunRepository;
import io.shipscreen.result.ScreeningRun;
import io.shipscreen.screening.QuotaBalance;
import io.shipscreen.screening.QuotaLedger;

/**
 * {@code summary-<run-date>.xlsx}: counts by decision (with a chart), rule, party list,
 * destination, tier/group and source file, the rejects by reason, quota balances, and the run's
 * facts (policies, list snapshot, inputs, rows, duration). Small, so written with the full XSSF
 * model (charts need it).
 */
@Component
public class SummaryWorkbookWriter {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")
		.withZone(ZoneId.systemDefault());

	private final JdbcTemplate jdbc;

	private final RunRepository runs;

	private final ObjectProvider<QuotaLedger> quotaLedger;

	private final ObjectProvider<SummarySheet> featureSheets;

	public SummaryWorkbookWriter(JdbcTemplate jdbc, RunRepository runs, ObjectProvider<QuotaLedger> quotaLedger,
			ObjectProvider<SummarySheet> featureSheets) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.quotaLedger = quotaLedger;
		this.featureSheets = featureSheets;
	}

	public static Path fileFor(Path outputDir, LocalDate runDate) {
		return outputDir.resolve("summary-" + runDate + ".xlsx");
	}

	public void write(long runId, Path target) throws IOException {
		ScreeningRun run = this.runs.find(runId).orElseThrow(() -> new IllegalStateException("no run " + runId));
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			SheetStyles styles = SheetStyles.of(workbook);
			byDecision(workbook, styles, runId);
			runFacts(workbook, styles, run);
			table(workbook, styles, "By rule", List.of("Rule", "Severity", "Hits", "Transactions"), """
					SELECT rule_id, severity, COUNT(*), COUNT(DISTINCT transaction_id) FROM screening_hit
					WHERE run_id = ? GROUP BY rule_id, severity ORDER BY COUNT(*) DESC, rule_id
					""", runId);
			table(workbook, styles, "By list", List.of("List rule", "Severity", "Hits", "Transactions"), """
					SELECT rule_id, severity, COUNT(*), COUNT(DISTINCT transaction_id) FROM screening_hit
					WHERE run_id = ? AND rule_id LIKE 'PARTY-%' GROUP BY rule_id, severity
					ORDER BY COUNT(*) DESC, rule_id
					""", runId);
			ResultBreakdown breakdown = ResultBreakdown.of(this.jdbc, runId);
			rows(workbook, styles, "By destination",
					List.of("Consignee country", "Group", "CLEAR", "REVIEW", "HOLD", "Total"), breakdown.byDestination());
			rows(workbook, styles, "By tier or group",
					List.of("Policy", "Destination group", "CLEAR", "REVIEW", "HOLD", "Total"), breakdown.byTierOrGroup());
			rows(workbook, styles, "By source file",
					List.of("Source file", "Screened", "CLEAR", "REVIEW", "HOLD", "Rejected rows"),
					breakdown.bySourceFile());
			table(workbook, styles, "Rejects by reason", List.of("Column", "Reason", "Cells"), """
					SELECT column_name, reason, COUNT(*) FROM screening_reject WHERE run_id = ?
					GROUP BY column_name, reason ORDER BY COUNT(*) DESC, column_name
					""", runId);
			quotas(workbook, styles);
			for (SummarySheet sheet : this.featureSheets.orderedStream().toList()) {
				rows(workbook, styles, sheet.name(), sheet.headers(), sheet.rows(runId));
			}
			table(workbook, styles, "By reviewer",
					List.of("Reviewer", "RELEASE", "CONFIRM HOLD", "FALSE POSITIVE", "ESCALATE", "Total", "Last recorded"),
					"""
							SELECT reviewer,
							       SUM(CASE WHEN review_decision = 'RELEASE' THEN 1 ELSE 0 END),
							       SUM(CASE WHEN review_decision = 'CONFIRM_HOLD' THEN 1 ELSE 0 END),
							       SUM(CASE WHEN review_decision = 'FALSE_POSITIVE' THEN 1 ELSE 0 END),
							       SUM(CASE WHEN review_decision = 'ESCALATE' THEN 1 ELSE 0 END), COUNT(*),
							       CAST(CAST(MAX(recorded_at) AS DATE) AS CHAR(10))
							FROM review_decision GROUP BY reviewer ORDER BY COUNT(*) DESC, reviewer
							""");
			openItems(workbook, styles, run);
			WorkbookFiles.publish(workbook, target);
		}
	}

	private void byDecision(XSSFWorkbook workbook, SheetStyles styles, long runId) {
		XSSFSheet sheet = workbook.createSheet("By decision");
		header(sheet, styles, List.of("Decision", "Transactions", "Share"));
		Map<String, Long> counts = this.runs.decisionCounts(runId);
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		int rowIndex = 1;
		for (Map.Entry<String, Long> entry : counts.entrySet()) {
			Row row = sheet.createRow(rowIndex++);
			text(row, 0, entry.getKey(), "HOLD".equals(entry.getKey()) ? styles.hold()
					: "REVIEW".equals(entry.getKey()) ? styles.review() : styles.text());
			number(row, 1, entry.getValue(), styles);
			Cell share = row.createCell(2);
			share.setCellValue((total > 0) ? String.format("%.1f %%", 100.0 * entry.getValue() / total) : "-");
		}
		Row totalRow = sheet.createRow(rowIndex);
		text(totalRow, 0, "Total", styles.header());
		number(totalRow, 1, total, styles);
		sheet.setColumnWidth(0, 14 * 256);
		sheet.setColumnWidth(1, 14 * 256);
		sheet.setColumnWidth(2, 10 * 256);
		sheet.createFreezePane(0, 1);
		decisionChart(sheet, counts.size());
	}

	private static void decisionChart(XSSFSheet sheet, int categories) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		// below the table, so it prints on the same page
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, categories + 3, 6, categories + 21);
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText("Transactions by decision");
		chart.setTitleOverlay(false);
		XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
		left.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFDataSource<String> decisions = XDDFDataSourcesFactory.fromStringCellRange(sheet,
				new CellRangeAddress(1, categories, 0, 0));
		XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
				new CellRangeAddress(1, categories, 1, 1));
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
		data.setBarDirection(BarDirection.COL);
		XDDFChartData.Series series = data.addSeries(decisions, values);
		series.setTitle("Transactions", null);
		XDDFShapeProperties shape = new XDDFShapeProperties();
		shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
		series.setShapeProperties(shape);
		data.setVaryColors(false);
		chart.plot(data);
	}

	private void runFacts(XSSFWorkbook workbook, SheetStyles styles, ScreeningRun run) {
		XSSFSheet sheet = workbook.createSheet("Run");
		header(sheet, styles, List.of("Fact", "Value"));
		List<String[]> facts = new ArrayList<>();
		facts.add(fact("Run id", run.runId()));
		facts.add(fact("Run date", run.runDate()));
		facts.add(fact("Rerun", run.rerun()));
		facts.add(fact("Source", run.source()));
		facts.add(fact("Input", run.input()));
		facts.add(fact("Input files", run.inputs()));
		facts.add(fact("Policy selection", run.policyMode()));
		if (run.facts() != null) {
			for (String line : run.facts().split("\n")) {
				int tab = line.indexOf('\t');
				if (tab > 0) {
					facts.add(fact(line.substring(0, tab), line.substring(tab + 1)));
				}
			}
		}
		facts.add(fact("Rows expected", run.rowsExpected()));
		facts.add(fact("Rows read", run.rowsRead()));
		facts.add(fact("Rows rejected", run.rowsRejected()));
		facts.add(fact("Transactions screened", run.rowsScreened()));
		facts.add(fact("CLEAR", run.clearCount()));
		facts.add(fact("REVIEW", run.reviewCount()));
		facts.add(fact("HOLD", run.holdCount()));
		facts.add(fact("Started", (run.startedAt() != null) ? TIMESTAMP.format(run.startedAt()) : null));
		facts.add(fact("Finished", (run.finishedAt() != null) ? TIMESTAMP.format(run.finishedAt()) : null));
		if (run.screeningMs() != null) {
			Duration duration = Duration.ofMillis(run.screeningMs());
			facts.add(fact("Screening duration", String.format("%d min %02d.%03d s", duration.toMinutes(),
					duration.toSecondsPart(), duration.toMillisPart())));
			if (run.rowsRead() != null && run.screeningMs() > 0) {
				facts.add(fact("Rows per second", String.format("%,.0f", run.rowsRead() * 1000.0 / run.screeningMs())));
			}
		}
		int rowIndex = 1;
		for (String[] fact : facts) {
			Row row = sheet.createRow(rowIndex++);
			text(row, 0, fact[0], styles.text());
			text(row, 1, fact[1], styles.wrapped());
			int lines = SplitSheetWriter.wrappedLines(fact[1], 100);
			if (lines > 1) {
				row.setHeightInPoints(Math.min(SplitSheetWriter.MAX_LINES, lines) * SplitSheetWriter.LINE_HEIGHT_POINTS);
			}
		}
		sheet.setColumnWidth(0, 46 * 256);
		sheet.setColumnWidth(1, 100 * 256);
	}

	private static String[] fact(String label, Object value) {
		return new String[] { label, (value != null) ? value.toString() : "" };
	}

	/** Age buckets of {@link #openItems}, in days since the night a transaction was first flagged. */
	static final List<String> AGE_BUCKETS = List.of("0-1 days", "2-7 days", "8-30 days", "over 30 days");

	/**
	 * Tonight's flagged transactions no reviewer has decided yet (or last escalated), by how long
	 * they have been waiting: nights since the transaction was first flagged.
	 */
	private void openItems(XSSFWorkbook workbook, SheetStyles styles, ScreeningRun run) {
		long[][] counts = new long[AGE_BUCKETS.size()][3];
		this.jdbc.query("""
				SELECT r.decision,
				       (SELECT MIN(sr.run_date) FROM screening_result p JOIN screening_run sr ON sr.run_id = p.run_id
				        WHERE p.transaction_id = r.transaction_id AND p.decision <> 'CLEAR') AS first_flagged,
				       (SELECT d.review_decision FROM review_decision d WHERE d.transaction_id = r.transaction_id
				        ORDER BY d.decision_id DESC LIMIT 1) AS last_decision
				FROM screening_result r WHERE r.run_id = ? AND r.decision <> 'CLEAR'
				""", (rs) -> {
			String last = rs.getString("last_decision");
			if (last != null && !"ESCALATE".equals(last)) {
				return;
			}
			LocalDate first = rs.getObject("first_flagged", LocalDate.class);
			long days = (first != null) ? java.time.temporal.ChronoUnit.DAYS.between(first, run.runDate()) : 0;
			int bucket = (days <= 1) ? 0 : (days <= 7) ? 1 : (days <= 30) ? 2 : 3;
			int column = (last != null) ? 2 : "HOLD".equals(rs.getString("decision")) ? 1 : 0;
			counts[bucket][column]++;
		}, run.runId());
		XSSFSheet sheet = workbook.createSheet("Open items");
		header(sheet, styles, List.of("Age", "REVIEW", "HOLD", "ESCALATED", "Total"));
		for (int i = 0; i < AGE_BUCKETS.size(); i++) {
			Row row = sheet.createRow(i + 1);
			text(row, 0, AGE_BUCKETS.get(i), styles.text());
			long total = 0;
			for (int c = 0; c < 3; c++) {
				number(row, c + 1, counts[i][c], styles);
				total += counts[i][c];
			}
			number(row, 4, total, styles);
		}
		widths(sheet, 5);
	}

	private void quotas(XSSFWorkbook workbook, SheetStyles styles) {
		QuotaLedger ledger = this.quotaLedger.getIfAvailable();
		List<QuotaBalance> balances = (ledger != null) ? ledger.balances() : List.of();
		XSSFSheet sheet = workbook.createSheet("Quotas");
		header(sheet, styles, List.of("Ledger", "Account", "Period", "Used (TPP)", "Limit (TPP)", "Remaining (TPP)"));
		int rowIndex = 1;
		for (QuotaBalance balance : balances) {
			Row row = sheet.createRow(rowIndex++);
			text(row, 0, balance.ledger(), styles.text());
			text(row, 1, balance.account(), styles.text());
			text(row, 2, balance.period(), styles.text());
			number(row, 3, balance.used(), styles);
			number(row, 4, balance.limit(), styles);
			number(row, 5, balance.remaining(), styles);
		}
		widths(sheet, 6);
	}

	private void table(XSSFWorkbook workbook, SheetStyles styles, String name, List<String> headers, String sql,
			Object... args) {
		List<Object[]> rows = new ArrayList<>();
		this.jdbc.query(sql, (rs) -> {
			Object[] values = new Object[headers.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = rs.getObject(i + 1);
			}
			rows.add(values);
		}, args);
		rows(workbook, styles, name, headers, rows);
	}

	private static void rows(XSSFWorkbook workbook, SheetStyles styles, String name, List<String> headers,
			List<Object[]> rows) {
		XSSFSheet sheet = workbook.createSheet(name);
		header(sheet, styles, headers);
		int rowIndex = 1;
		for (Object[] values : rows) {
			Row row = sheet.createRow(rowIndex++);
			for (int i = 0; i < headers.size(); i++) {
				Object value = values[i];
				if (value instanceof Number number) {
					number(row, i, number, styles);
				}
				else {
					text(row, i, (value != null) ? value.toString() : "", styles.wrapped());
				}
			}
		}
		widths(sheet, headers.size());
		if (rowIndex > 1) {
			sheet.setAutoFilter(new CellRangeAddress(0, rowIndex - 1, 0, headers.size() - 1));
		}
	}

	private static void header(XSSFSheet sheet, SheetStyles styles, List<String> headers) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < headers.size(); i++) {
			text(row, i, headers.get(i), styles.header());
		}
		sheet.createFreezePane(0, 1);
	}

	private static void widths(XSSFSheet sheet, int columns) {
		for (int i = 0; i < columns; i++) {
			sheet.setColumnWidth(i, ((i < 2) ? 30 : 16) * 256);
		}
	}

	private static void text(Row row, int column, String value, org.apache.poi.ss.usermodel.CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(WorkbookFiles.fit(value));
		cell.setCellStyle(style);
	}

	private static void number(Row row, int column, Number value, SheetStyles styles) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(value.doubleValue());
		cell.setCellStyle(styles.number());
	}

}
