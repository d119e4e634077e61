package io.shipscreen.source.excel;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import io.shipscreen.transaction.CountryCodes;
import io.shipscreen.transaction.ExportTransaction;
import io.shipscreen.transaction.ParsedRow;
import io.shipscreen.transaction.RawRow;
import io.shipscreen.transaction.TransactionParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workbook saved by LibreOffice Calc (from a CSV): shared strings, its own styles, dates stored
 * as serial numbers with a {@code yyyy-mm-dd} format, the sheet not named {@code Transactions}.
 * It must read exactly like one of ours.
 */
class OtherToolWorkbookTests {

	@Test
	void readsAWorkbookSavedByLibreOffice() throws Exception {
		Path file = new ClassPathResource("workbooks/libreoffice-export.xlsx").getFile().toPath();

		List<ExportTransaction> transactions = new ArrayList<>();
		for (RawRow row : read(file)) {
			ParsedRow parsed = new TransactionParser(CountryCodes.standard()).parse(row);
			assertThat(parsed.problems()).isEmpty();
			transactions.add(parsed.transaction());
		}

		assertThat(transactions).hasSize(2);
		ExportTransaction h100 = transactions.get(0);
		assertThat(h100.transactionId()).isEqualTo("LO-1");
		assertThat(h100.orderDate()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(h100.customerSince()).isEqualTo(LocalDate.of(2020, 3, 15));
		assertThat(h100.eccn()).isEqualTo("3A090.a");
		assertThat(h100.quantity()).isEqualTo(8);
		assertThat(h100.unitValueUsd()).isEqualByComparingTo("30000.5");
		assertThat(h100.tppPerUnit()).isEqualByComparingTo("15832");
		assertThat(h100.ultimateConsignee().country()).isEqualTo("CN");
		assertThat(h100.origin().row()).isEqualTo(2);
		ExportTransaction psu = transactions.get(1);
		assertThat(psu.tppPerUnit()).isNull();
		assertThat(psu.shipToCountry()).isEqualTo("JP");
	}

	private static List<RawRow> read(Path file) throws Exception {
		XlsxTransactionReader reader = new XlsxTransactionReader();
		reader.setResource(new FileSystemResource(file));
		reader.open(new ExecutionContext());
		List<RawRow> rows = new ArrayList<>();
		for (RawRow row = reader.read(); row != null; row = reader.read()) {
			rows.add(row);
		}
		reader.close();
		return rows;
	}

}
