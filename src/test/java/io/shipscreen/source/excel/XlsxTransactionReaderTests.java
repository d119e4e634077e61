package io.shipscreen.source.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.io.FileSystemResource;

import io.shipscreen.source.InputFileException;
import io.shipscreen.testdata.TransactionRows;
import io.shipscreen.testdata.WorkbookFixture;
import io.shipscreen.transaction.Column;
import io.shipscreen.transaction.RawRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxTransactionReaderTests {

	@TempDir
	Path dir;

	@Test
	void readsTypedCellsWithTheirRowNumbersAndKeepsExtraColumns() throws Exception {
		// given: headers spelled the way people type them, an extra column and a blank row
		Path file = WorkbookFixture
			.sheet("Transactions", "Transaction ID", "Order Date", "Item-Description", "QUANTITY", "Unit Value USD",
					"Ultimate Consignee Name", "ultimate consignee country", "Ship To Country", "Sales rep")
			.rawRow("TX-1", LocalDate.of(2026, 11, 30), "H100 SXM5", 8, 30000, "Lisboa Compute SA", "PT", "PT", "Ana")
			.rawRow()
			.rawRow("TX-2", "2026-11-29", "L40S", 2, 9000.5, "Tokyo AI KK", "Japan", "JP", null)
			.writeTo(this.dir.resolve("orders.xlsx"));

		// when
		List<RawRow> rows = readAll(file);

		// then
		assertThat(rows).hasSize(2);
		RawRow first = rows.get(0);
		assertThat(first.origin().file()).isEqualTo("orders.xlsx");
		assertThat(first.origin().row()).isEqualTo(2);
		assertThat(first.cell(Column.ORDER_DATE).value()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(first.cell(Column.QUANTITY).value()).isEqualTo(8.0);
		assertThat(first.cell(Column.SHIP_TO_COUNTRY).position()).isEqualTo("H2");
		assertThat(first.extra()).containsEntry("Sales rep", "Ana");
		assertThat(rows.get(1).origin().row()).isEqualTo(4);
		assertThat(rows.get(1).cell(Column.ORDER_DATE).value()).isEqualTo("2026-11-29");
	}

	@Test
	void prefersTheTransactionsSheetOverTheFirstSheet() throws Exception {
		Path file = this.dir.resolve("two-sheets.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("read me");
			Sheet sheet = workbook.createSheet("transactions");
			writeHeaderAndOneRow(sheet);
			workbook.write(out);
		}

		assertThat(readAll(file)).singleElement()
			.satisfies((row) -> assertThat(row.cell(Column.TRANSACTION_ID).value()).isEqualTo("TX-9"));
	}

	@Test
	void readsInlineStringWorkbooksLikeSharedStringOnes() throws Exception {
		// SXSSF (like several ERP exporters) writes inline strings instead of a shared-string table
		Path inline = this.dir.resolve("inline.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(inline)) {
			writeHeaderAndOneRow(workbook.createSheet("Transactions"));
			workbook.write(out);
		}
		Path shared = this.dir.resolve("shared.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(shared)) {
			writeHeaderAndOneRow(workbook.createSheet("Transactions"));
			workbook.write(out);
		}

		assertThat(readAll(inline)).usingRecursiveComparison()
			.ignoringFields("origin")
			.isEqualTo(readAll(shared));
	}

	@Test
	void failsAFileThatIsNotAWorkbookWithOneLine() throws IOException {
		Path text = Files.writeString(this.dir.resolve("orders.xlsx"), "transaction_id,order_date\nTX-1,2026-11-30\n");

		assertThatThrownBy(() -> ExcelInputs.check(text.toFile())).isInstanceOf(InputFileException.class)
			.hasMessage("orders.xlsx: not an .xlsx workbook (not a zip file)");
	}

	@Test
	void failsAWorkbookWithoutTheRequiredColumns() throws IOException {
		Path file = WorkbookFixture.sheet("Transactions", "transaction_id", "order_date", "quantity")
			.rawRow("TX-1", LocalDate.of(2026, 11, 30), 1)
			.writeTo(this.dir.resolve("partial.xlsx"));

		assertThatThrownBy(() -> ExcelInputs.check(file.toFile())).isInstanceOf(InputFileException.class)
			.hasMessage("partial.xlsx: missing required column(s): item_description, unit_value_usd, "
					+ "ultimate_consignee_name, ultimate_consignee_country, ship_to_country");
	}

	@Test
	void countsTheDataRowsOfAGoodWorkbook() throws IOException {
		Path file = WorkbookFixture.transactions()
			.row(TransactionRows.clean("TX-1"))
			.row(TransactionRows.clean("TX-2"))
			.writeTo(this.dir.resolve("good.xlsx"));

		assertThat(ExcelInputs.check(file.toFile())).isEqualTo(2);
	}

	private static void writeHeaderAndOneRow(Sheet sheet) {
		Row header = sheet.createRow(0);
		Row row = sheet.createRow(1);
		List<String> headers = TransactionRows.HEADERS;
		var values = TransactionRows.clean("TX-9");
		for (int i = 0; i < headers.size(); i++) {
			header.createCell(i).setCellValue(headers.get(i));
			Object value = values.get(headers.get(i));
			if (value instanceof Number number) {
				row.createCell(i).setCellValue(number.doubleValue());
			}
			else if (value != null) {
				row.createCell(i).setCellValue(value.toString());
			}
		}
	}

	private static List<RawRow> readAll(Path file) throws Exception {
		XlsxTransactionReader reader = new XlsxTransactionReader();
		reader.setResource(new FileSystemResource(file));
		reader.open(new ExecutionContext());
		List<RawRow> rows = new ArrayList<>();
		RawRow row;
		while ((row = reader.read()) != null) {
			rows.add(row);
		}
		reader.close();
		return rows;
	}

}
