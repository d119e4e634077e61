package io.shipscreen.result;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import io.shipscreen.screening.Hit;
import io.shipscreen.screening.QuotaLedger;
import io.shipscreen.screening.ScreeningOutcome;
import io.shipscreen.shared.Severity;
import io.shipscreen.transaction.ExportTransaction;
import io.shipscreen.transaction.Party;
import io.shipscreen.transaction.PartyRole;
import io.shipscreen.transaction.SourceRef;

/**
 * The result writer alone, both ways, on the same rows in one JVM: {@code WriterBenchmark ROWS
 * JDBC_URL} (a database of its own; its tables are created). Chunks of 1,000 results (one in ten
 * flagged, with 2.5 hits on average) are written alternately by the batched writer and the
 * {@code LOAD DATA} writer, each chunk in its own transaction, and the writer thread's CPU seconds
 * and the wall are summed per way: a comparison that the machine's load touches far less than two
 * whole jobs' walls. Used by {@code bench/run}.
 */
public final class WriterBenchmark {

	private static final ObjectProvider<QuotaLedger> NO_LEDGER = new StaticListableBeanFactory()
		.getBeanProvider(QuotaLedger.class);

	private WriterBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = Integer.parseInt(args[0]);
		String url = args[1];
		Flyway.configure().dataSource(url, "root", "").locations("classpath:db/migration")
			.table("shipscreen_schema_history").load().migrate();
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "root", "", true);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		ScreeningResultWriter[] writers = { new ScreeningResultWriter(jdbc, NO_LEDGER, false, false),
				new ScreeningResultWriter(jdbc, NO_LEDGER, false, ScreeningResultWriter.loadData(new ResultProperties(true), jdbc)) };
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] cpu = new long[2];
		long[] wall = new long[2];
		for (int start = 0; start < rows; start += 1000) {
			for (int way = 0; way < 2; way++) {
				Chunk<ScreenedItem> chunk = chunk(way + 1, start, Math.min(1000, rows - start));
				long cpuBefore = threads.getCurrentThreadCpuTime();
				long wallBefore = System.nanoTime();
				ScreeningResultWriter writer = writers[way];
				tx.executeWithoutResult((status) -> {
					try {
						writer.write(chunk);
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				});
				cpu[way] += threads.getCurrentThreadCpuTime() - cpuBefore;
				wall[way] += System.nanoTime() - wallBefore;
			}
		}
		String[] names = { "batched inserts", "LOAD DATA LOCAL" };
		for (int way = 0; way < 2; way++) {
			System.out.printf("writer %-16s %d results: %.1f s wall, %.1f s CPU of the writing thread%n", names[way],
					rows, wall[way] / 1e9, cpu[way] / 1e9);
		}
		dataSource.destroy();
	}

	private static Chunk<ScreenedItem> chunk(long runId, int start, int size) {
		List<ScreenedItem> items = new ArrayList<>(size);
		for (int i = start; i < start + size; i++) {
			items.add(result(runId, i));
		}
		return new Chunk<>(items);
	}

	private static ScreeningResult result(long runId, int i) {
		List<Hit> hits = new ArrayList<>();
		if (i % 10 == 3) {
			for (int h = 0; h < 1 + i % 4; h++) {
				hits.add(new Hit("RULE-" + h, "post-rescission-2025", "3", (h == 0) ? Severity.HOLD : Severity.REVIEW,
						"ultimate_consignee_name", "Entity List entry 'Example Technologies Co., Ltd.' scored 0.9" + h,
						"The ultimate consignee matches a restricted party; hold the shipment for review", "15 CFR 744.11"));
			}
		}
		ExportTransaction tx = new ExportTransaction(SourceRef.ofKey("export_transaction", "DB-" + i), "DB-" + i,
				LocalDate.of(2026, 11, 1 + i % 30), "Acme Distribution GmbH", "H100-SXM5-80GB",
				"NVIDIA H100 SXM5 80GB accelerator, board " + i, "NVIDIA", "3A090.a", 1 + i % 40,
				new BigDecimal("25000.00"), new BigDecimal("15832.0000"), null,
				new Party(PartyRole.PURCHASER, "Purchaser " + i % 4000, null, "DE"), null,
				new Party(PartyRole.ULTIMATE_CONSIGNEE, "Consignee Number " + i % 4000 + " Ltd", "Street 1", "DE"),
				new Party(PartyRole.END_USER, "End User " + i % 4000, null, "DE"), null, "data centre", "DE", null, null,
				null, null, Map.of());
		return new ScreeningResult(runId, tx, ScreeningOutcome.of(null, "A:1", hits));
	}

}
