package io.shipscreen.source.excel;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.io.FileSystemResource;

import io.shipscreen.testdata.WorkbookFixture;
import io.shipscreen.testdata.WorkbookFixture.Formula;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first step counts a workbook's rows without building them: the count must be the number of
 * rows the screen step then reads, whatever blank, whitespace-only or unheaded cells a sheet has.
 */
class ExcelRowCountTests {

	@TempDir
	Path dir;

	@Test
	void theCheckCountsExactlyTheRowsTheReaderReads() throws Exception {
		// given: data rows, blank rows, a row of blanks and spaces, a row with a value only in a
		// column without a header, a row with only an extra column, formulas never calculated (no
		// cached value: a reject of their row, so rows all the same), a boolean
		Path file = WorkbookFixture
			.sheet("Transactions", "transaction_id", "order_date", "item_description", "quantity", "unit_value_usd",
					"ultimate_consignee_name", "ultimate_consignee_country", "ship_to_country", "Sales rep")
			.rawRow("TX-1", LocalDate.of(2026, 11, 30), "H100 SXM5", 8, 30000, "Lisboa Compute SA", "PT", "PT", "Ana")
			.rawRow()
			.rawRow(null, null, "   ", null, null, "\t", null, null, " ")
			.rawRow(null, null, null, null, null, null, null, null, null, "not under a header")
			.rawRow(null, null, null, null, null, null, null, null, "only the sales rep")
			.rawRow(null, null, null, new Formula("2*4"))
			.rawRow(null, null, null, null, null, null, null, null, null)
			.rawRow(true)
			.rawRow(null, null, new Formula("1/0"))
			.rawRow("TX-2", "2026-11-29", "L40S", 2, 9000.5, "Tokyo AI KK", "Japan", "JP", null)
			.rawRow()
			.writeTo(this.dir.resolve("orders.xlsx"));

		// when
		long counted = ExcelInputs.check(file.toFile());

		// then
		assertThat(counted).isEqualTo(rowsRead(file)).isEqualTo(6);
	}

	private static long rowsRead(Path file) throws Exception {
		XlsxTransactionReader reader = new XlsxTransactionReader();
		reader.setResource(new FileSystemResource(file));
		reader.open(new ExecutionContext());
		long rows = 0;
		while (reader.read() != null) {
			rows++;
		}
		reader.close();
		return rows;
	}

}
