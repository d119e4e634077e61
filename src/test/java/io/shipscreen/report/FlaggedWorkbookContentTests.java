package io.shipscreen.report;

import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flagged workbook, part by part, against one written before its sheets were written
 * concurrently (workbooks/README.md).
 */
class FlaggedWorkbookContentTests {

	@TempDir
	Path dir;

	@Test
	void writesWhatTheSequentialWriterWrote() throws Exception {
		DataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:content" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa",
				"");
		Flyway.configure().dataSource(dataSource).table("shipscreen_schema_history").load().migrate();
		FlaggedRunData.insert(new JdbcTemplate(dataSource), 7, 310, 260);
		// the order furthest from a sequential write: Flagged waits at its first row until Hits and
		// Rejects are written, so its second sheet is made last
		WatchedDataSource watched = new WatchedDataSource(dataSource, "FROM screening_reject");
		PriorReviews.Lookup lookup = (transactionId, consignee) -> {
			watched.awaitQuery();
			return FlaggedRunData.lastReview(transactionId, consignee);
		};
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("priorReviews", (PriorReviews) (runId) -> lookup);
		FlaggedWorkbookWriter writer = new FlaggedWorkbookWriter(new StreamingQueries(watched),
				beans.getBeanProvider(PriorReviews.class));

		Path file = this.dir.resolve("flagged.xlsx");
		writer.write(7, file, 250);

		Map<String, String> expected = WorkbookParts
			.of(new ClassPathResource("workbooks/flagged-sequential.xlsx").getFile().toPath());
		Map<String, String> actual = WorkbookParts.of(file);
		assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet())
			.contains("sheet Flagged (2)", "sheet Hits (4)", "sheet Rejects (2)");
		expected.forEach((part, xml) -> assertThat(actual.get(part)).as(part).isEqualTo(xml));
	}

}
