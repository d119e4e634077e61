package io.shipscreen.review;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.stereotype.Component;

import io.shipscreen.report.WorkbookFiles;

/**
 * {@code audit export}: the audit trail as a workbook for an auditor. {@code Trail}: one row per
 * screening, review decision and refused review row, per transaction, oldest first; {@code Hits}:
 * every hit of every screening listed. Streamed (SXSSF), written to a temp file then renamed.
 */
@Component
public class AuditWorkbookWriter {

	static final List<String> TRAIL_HEADERS = List.of("Transaction ID", "Time", "Event", "Run", "Run date",
			"Decision", "Rules, reviewer or reason", "Policy, lists or file", "Details");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.systemDefault());

	private final AuditTrail trail;

	public AuditWorkbookWriter(AuditTrail trail) {
		this.trail = trail;
	}

	/** Writes the trail of {@code transactionIds}; returns the number of events written. */
	public long write(List<String> transactionIds, Path target) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			workbook.setCompressTempFiles(true);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet events = sheet(workbook, "Trail", TRAIL_HEADERS, bold);
			Sheet hits = sheet(workbook, "Hits", List.of("Transaction ID", "Run", "Hit"), bold);
			int eventRow = 1;
			int hitRow = 1;
			for (String transactionId : transactionIds) {
				for (AuditEvent event : this.trail.of(transactionId)) {
					Row row = events.createRow(eventRow++);
					cells(row, event.transactionId(), TIME.format(event.at()), event.kind().name(),
							(event.runId() != null) ? event.runId().toString() : "",
							(event.runDate() != null) ? event.runDate().toString() : "", event.outcome(),
							event.headline(), event.context(),
							(event.kind() == AuditEvent.Kind.SCREENED) ? event.details().size() + " hits (sheet Hits)"
									: String.join("\n", event.details()));
					if (event.kind() == AuditEvent.Kind.SCREENED) {
						for (String hit : event.details()) {
							cells(hits.createRow(hitRow++), transactionId, event.runId().toString(), hit);
						}
					}
				}
			}
			events.setAutoFilter(new CellRangeAddress(0, Math.max(1, eventRow - 1), 0, TRAIL_HEADERS.size() - 1));
			WorkbookFiles.publish(workbook, target);
			return eventRow - 1L;
		}
	}

	private static Sheet sheet(SXSSFWorkbook workbook, String name, List<String> headers, CellStyle bold) {
		Sheet sheet = workbook.createSheet(name);
		Row header = sheet.createRow(0);
		for (int i = 0; i < headers.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(headers.get(i));
			cell.setCellStyle(bold);
			sheet.setColumnWidth(i, ((i < 2) ? 20 : (i >= headers.size() - 3) ? 60 : 14) * 256);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	/** Text cells only: nothing a transaction carried can become a formula. */
	private static void cells(Row row, String... values) {
		for (int i = 0; i < values.length; i++) {
			String value = (values[i] != null) ? values[i] : "";
			row.createCell(i)
				.setCellValue(WorkbookFiles.fit(value));
		}
	}


}
