package io.shipscreen.report;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.shipscreen.testdata.WorkbookRows;

import static org.assertj.core.api.Assertions.assertThat;

class FlaggedWorkbookWriterTests {

	@TempDir
	Path dir;

	private JdbcTemplate jdbc;

	private FlaggedWorkbookWriter writer;

	@BeforeEach
	void database() throws Exception {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:flagged" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(dataSource).table("shipscreen_schema_history").load().migrate();
		this.jdbc = new JdbcTemplate(dataSource);
		this.writer = new FlaggedWorkbookWriter(new StreamingQueries(dataSource));
	}

	@Test
	void continuesOnANewSheetBeforeTheRowLimitAndKeepsHoldRowsFirst() throws Exception {
		for (int i = 1; i <= 25; i++) {
			result(String.format("TX-%02d", i), (i % 5 == 0) ? "HOLD" : "REVIEW", "Accelerator card");
		}
		result("TX-CLEAR", "CLEAR", "Cable");

		Path file = this.dir.resolve("flagged.xlsx");
		long flagged = this.writer.write(1, file, 10);

		assertThat(flagged).isEqualTo(25);
		assertThat(WorkbookRows.sheetNames(file)).containsExactly("Flagged", "Flagged (2)", "Flagged (3)", "Hits",
				"Rejects");
		assertThat(WorkbookRows.of(file, "Flagged")).hasSize(10)
			.extracting((row) -> row.get("Decision"))
			.startsWith("HOLD", "HOLD", "HOLD", "HOLD", "HOLD", "REVIEW");
		assertThat(WorkbookRows.of(file, "Flagged (3)")).hasSize(5);
		assertThat(WorkbookRows.of(file, "Flagged (2)").get(0)).containsKeys("Transaction ID", "Reviewer decision");
	}

	@Test
	void writesAFormulaLookingInputValueAsInertText() throws Exception {
		result("TX-1", "HOLD", "=HYPERLINK(\"http://attacker.example\",\"click\")");

		Path file = this.dir.resolve("flagged.xlsx");
		this.writer.write(1, file, 1000);

		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			Sheet sheet = workbook.getSheet("Flagged");
			int description = FlaggedWorkbookWriter.FLAGGED_COLUMNS.stream()
				.map(SplitSheetWriter.ColumnSpec::header)
				.toList()
				.indexOf("Item description");
			var cell = sheet.getRow(1).getCell(description);
			assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
			assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://attacker.example\",\"click\")");
			assertThat(sheet.getDataValidations()).singleElement()
				.satisfies((validation) -> assertThat(validation.getValidationConstraint().getExplicitListValues())
					.containsExactly("RELEASE", "CONFIRM HOLD", "FALSE POSITIVE", "ESCALATE"));
		}
	}

	private void result(String id, String decision, String description) {
		this.jdbc.update("""
				INSERT INTO screening_result (run_id, transaction_id, source_file, source_row, order_date,
				    item_description, quantity, unit_value_usd, ultimate_consignee_name, ultimate_consignee_country,
				    ship_to_country, decision, hit_count, rule_ids, reasons, screened_at)
				VALUES (1, ?, 'orders.xlsx', 2, ?, ?, 1, 100, 'Consignee', 'CN', 'CN', ?, 1, 'DEST-D5', 'a reason', ?)
				""", id, LocalDate.of(2026, 11, 30), description, decision, Timestamp.from(Instant.now()));
	}

}
