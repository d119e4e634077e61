package io.shipscreen.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.shipscreen.testdata.WorkbookRows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The flagged workbook's Hits and Rejects sheets are written on a second thread while Flagged is
 * written: the same workbook as one written sheet after sheet, whichever thread gets ahead; nothing
 * published and no thread left when either fails.
 */
class FlaggedWorkbookConcurrentWriteTests {

	@TempDir
	Path dir;

	private DataSource dataSource;

	private JdbcTemplate jdbc;

	@BeforeEach
	void database() {
		this.dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:concurrent" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(this.dataSource).table("shipscreen_schema_history").load().migrate();
		this.jdbc = new JdbcTemplate(this.dataSource);
	}

	@Test
	void keepsEveryFamilysSheetsInOrderWhenFlaggedContinuesOnNewSheetsAfterTheOthersAreWritten() throws Exception {
		FlaggedRunData.insert(this.jdbc, 1, 25, 12);
		// Flagged waits at its first row until the reject query is over: Hits and Rejects have made
		// all their sheets before Flagged makes its second
		WatchedDataSource watched = new WatchedDataSource(this.dataSource, "FROM screening_reject");
		PriorReviews.Lookup lookup = (transactionId, consignee) -> {
			watched.awaitQuery();
			return FlaggedRunData.lastReview(transactionId, consignee);
		};

		Path file = this.dir.resolve("flagged.xlsx");
		long flagged = writer(watched, lookup).write(1, file, 10);

		assertThat(flagged).isEqualTo(25);
		List<String> names = List.of("Flagged", "Flagged (2)", "Flagged (3)", "Hits", "Hits (2)", "Hits (3)",
				"Hits (4)", "Hits (5)", "Hits (6)", "Hits (7)", "Rejects", "Rejects (2)");
		assertThat(WorkbookRows.sheetNames(file)).containsExactlyElementsOf(names);
		List<Integer> rows = new ArrayList<>();
		for (String name : names) {
			rows.add(WorkbookRows.of(file, name).size());
		}
		assertThat(rows).containsExactly(10, 10, 5, 10, 10, 10, 10, 10, 10, 2, 10, 2);
		assertThat(column(file, names.subList(0, 3), "Transaction ID")).containsExactlyElementsOf(this.jdbc.queryForList(
				"SELECT transaction_id FROM screening_result WHERE decision <> 'CLEAR' ORDER BY decision, transaction_id",
				String.class));
		assertThat(column(file, names.subList(3, 10), "Transaction ID")).hasSize(62)
			.startsWith("TX-000007", "TX-000007", "TX-000007", "TX-000007", "TX-000014")
			.endsWith("TX-000025", "TX-000025");
		assertThat(column(file, names.subList(10, 12), "Row or key")).hasSize(12).startsWith("2", "3");
		// the sheets were made in the order Flagged, Hits, Rejects, Hits (2)..(7), Rejects (2), Flagged (2), (3)
		try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
			var sheets = workbook.getCTWorkbook().getSheets().getSheetArray();
			assertThat(sheets[1].getSheetId()).isEqualTo(11);
			assertThat(sheets[11].getSheetId()).isEqualTo(10);
		}
	}

	@Test
	void publishesNothingWhenTheQueryOnTheSecondThreadFails() throws Exception {
		FlaggedRunData.insert(this.jdbc, 1, 300, 12);
		this.jdbc.execute("DROP TABLE screening_reject");

		Path file = this.dir.resolve("flagged.xlsx");
		assertThatThrownBy(() -> writer(this.dataSource, FlaggedRunData::lastReview).write(1, file, 100))
			.isInstanceOf(BadSqlGrammarException.class)
			.hasMessageContaining("screening_reject");

		assertThat(this.dir).isEmptyDirectory();
		assertThat(hitsThreads()).isEmpty();
	}

	@Test
	void publishesNothingWhenWritingTheFlaggedSheetFails() throws Exception {
		FlaggedRunData.insert(this.jdbc, 1, 300, 12);
		AtomicInteger rows = new AtomicInteger();
		PriorReviews.Lookup failing = (transactionId, consignee) -> {
			if (rows.incrementAndGet() == 150) {
				throw new IllegalStateException("review look-up failed");
			}
			return Optional.empty();
		};

		Path file = this.dir.resolve("flagged.xlsx");
		assertThatIllegalStateException().isThrownBy(() -> writer(this.dataSource, failing).write(1, file, 100))
			.withMessage("review look-up failed");

		assertThat(this.dir).isEmptyDirectory();
		assertThat(hitsThreads()).isEmpty();
	}

	private FlaggedWorkbookWriter writer(DataSource dataSource, PriorReviews.Lookup lookup) throws Exception {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("priorReviews", (PriorReviews) (runId) -> lookup);
		return new FlaggedWorkbookWriter(new StreamingQueries(dataSource), beans.getBeanProvider(PriorReviews.class));
	}

	private static List<String> column(Path file, List<String> sheets, String header) throws Exception {
		List<String> values = new ArrayList<>();
		for (String sheet : sheets) {
			WorkbookRows.of(file, sheet).forEach((row) -> values.add(row.get(header)));
		}
		return values;
	}

	private static List<Thread> hitsThreads() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().startsWith("flagged-workbook-hits-"))
			.toList();
	}

}
