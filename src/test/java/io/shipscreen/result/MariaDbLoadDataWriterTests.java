package io.shipscreen.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.shipscreen.screening.Hit;
import io.shipscreen.screening.QuotaLedger;
import io.shipscreen.screening.ScreeningOutcome;
import io.shipscreen.shared.Severity;
import io.shipscreen.support.MariaDb;
import io.shipscreen.transaction.ExportTransaction;
import io.shipscreen.transaction.Party;
import io.shipscreen.transaction.PartyRole;
import io.shipscreen.transaction.SourceRef;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writer's two ways to MySQL/MariaDB store the same rows: batched upserts, and
 * {@code LOAD DATA LOCAL} streams ({@code shipscreen.result.load-data}). Texts carry what the
 * load format must escape (tabs, newlines, backslashes, {@code \N}), non-Latin names and NULLs.
 */
class MariaDbLoadDataWriterTests {

	private static final String TRICKY = "tab\there, line\nbreak, CR\r, back\\slash, \\N, \u00c5land \u4e2d\u6587 \ud83d\ude80";

	private static JdbcTemplate jdbc;

	private static final ObjectProvider<QuotaLedger> NO_LEDGER = new StaticListableBeanFactory()
		.getBeanProvider(QuotaLedger.class);

	@BeforeAll
	static void database() {
		String url = MariaDb.freshDatabase("shipscreen_it_load_data") + "&allowLoadLocalInfile=true";
		Flyway.configure()
			.dataSource(url, "root", "")
			.locations("classpath:db/migration")
			.table("shipscreen_schema_history")
			.load()
			.migrate();
		jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "root", ""));
	}

	@Test
	void loadDataStoresWhatTheBatchedInsertsStoreAndAReplayedChunkChangesNothing() throws Exception {
		// given: a database that takes LOAD DATA LOCAL
		assertThat(ScreeningResultWriter.loadData(new ResultProperties(true), jdbc)).isTrue();

		// when: the same chunk is written by each writer, as runs 1 and 2
		new ScreeningResultWriter(jdbc, NO_LEDGER, false, false).write(chunk(1));
		new ScreeningResultWriter(jdbc, NO_LEDGER, false, true).write(chunk(2));

		// then: every column of every result and hit is the same
		assertThat(rows("screening_result", 2)).isEqualTo(rows("screening_result", 1)).hasSize(4);
		assertThat(rows("screening_hit", 2)).isEqualTo(rows("screening_hit", 1)).hasSize(4);
		assertThat(jdbc.queryForObject("SELECT evidence FROM screening_hit WHERE run_id = 2 AND seq = 2",
				String.class)).isEqualTo(TRICKY);
		// the time of the write, in the same zone either way (the rows were written a moment apart)
		assertThat(jdbc.queryForObject("SELECT ABS(TIMESTAMPDIFF(SECOND, MIN(screened_at), MAX(screened_at))) "
				+ "FROM screening_result", Long.class)).isLessThan(60);

		// when: the loaded chunk is replayed by a restarted execution
		new ScreeningResultWriter(jdbc, NO_LEDGER, true, true).write(chunk(2));

		// then: no row is added or changed
		assertThat(rows("screening_result", 2)).isEqualTo(rows("screening_result", 1));
		assertThat(rows("screening_hit", 2)).isEqualTo(rows("screening_hit", 1));
	}

	@Test
	void aDatabaseThatCannotTakeLoadDataGetsBatchedInserts() {
		String url = MariaDb.url(MariaDb.name("shipscreen_it_load_data"));
		JdbcTemplate withoutLocalInfile = new JdbcTemplate(new DriverManagerDataSource(url, "root", ""));

		assertThat(ScreeningResultWriter.loadData(new ResultProperties(true), withoutLocalInfile)).isFalse();
		assertThat(ScreeningResultWriter.loadData(new ResultProperties(false), jdbc)).isFalse();
	}

	/** Every column but run_id and screened_at (each write has its own time), in key order. */
	private static List<Map<String, Object>> rows(String table, long runId) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> row : jdbc.queryForList(
				"SELECT * FROM " + table + " WHERE run_id = ? ORDER BY transaction_id" + (table.endsWith("hit") ? ", seq" : ""),
				runId)) {
			row.remove("run_id");
			row.remove("screened_at");
			rows.add(row);
		}
		return rows;
	}

	private static Chunk<ScreenedItem> chunk(long runId) {
		Hit hold = new Hit("PARTY-ENTITY", "EAR-AI-2025", "3", Severity.HOLD, "ultimate_consignee_name",
				"Entity List: 'Huawei' 0.97", "Consignee matches the Entity List", "15 CFR 744.11");
		Hit review = new Hit("END-USE", null, null, Severity.REVIEW, null, TRICKY, "Vague end use:\n" + TRICKY, null);
		Hit info = new Hit("LICENCE", "EAR-AI-2025", "3", Severity.INFO, "license_number", "", "Licence on file",
				null);
		return new Chunk<>(List.of(result(runId, "TX-1", ScreeningOutcome.of(null, "D5", List.of(hold, review))),
				result(runId, "TX-2", ScreeningOutcome.of(null, null, List.of())),
				result(runId, "TX-3", ScreeningOutcome.of(null, "A1", List.of(info))),
				result(runId, "TX-4", ScreeningOutcome.of(null, "D1", List.of(review)))));
	}

	private static ScreeningResult result(long runId, String id, ScreeningOutcome outcome) {
		boolean sparse = id.endsWith("2");
		ExportTransaction tx = new ExportTransaction(SourceRef.ofRow("orders\t" + TRICKY + ".xlsx", 17),
				id, LocalDate.of(2026, 11, 30), sparse ? null : "Exporter " + TRICKY, sparse ? null : "H100-SXM5",
				"Accelerator \\ " + TRICKY, sparse ? null : "NVIDIA", sparse ? null : "3A090.a", 12,
				new BigDecimal("25000.1250"), sparse ? null : new BigDecimal("15832.0000"), null,
				sparse ? null : new Party(PartyRole.PURCHASER, "Purchaser " + TRICKY, null, "AE"), null,
				new Party(PartyRole.ULTIMATE_CONSIGNEE, "\u534e\u4e3a " + TRICKY, "Shenzhen", "CN"),
				sparse ? null : new Party(PartyRole.END_USER, "End user", null, "HK"), null, "research", "CN", null,
				null, null, null, Map.of());
		return new ScreeningResult(runId, tx, outcome);
	}

}
