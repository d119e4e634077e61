package io.shipscreen.scale;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.shipscreen.ShipscreenApplication;
import io.shipscreen.job.NightlyRunLauncher;
import io.shipscreen.job.RunParameters;
import io.shipscreen.testdata.TransactionGenerator;
import io.shipscreen.testdata.TransactionRows;
import io.shipscreen.testdata.WorkbookFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A night split into partitions on threads of one process ends with exactly the results of the
 * same night screened in one step: decisions, hits, rejects (duplicate ids included), quota draws
 * and the order-dependent {@code DIVERSION-VOLUME}, over two nights whose quota ledger carries over.
 */
class PartitionedNightTests {

	private static final LocalDate FIRST = LocalDate.of(2026, 11, 20);

	private static final LocalDate SECOND = LocalDate.of(2026, 11, 21);

	@TempDir
	Path dir;

	@Test
	void aNightInFourPartitionsFlagsWhatAOneStepNightFlags() throws Exception {
		// given: a dense mix of rules, bad rows, repeat customers whose last order jumps, a duplicate id
		Path first = night(FIRST, "A-").writeTo(this.dir.resolve("first.xlsx"));
		Path second = night(SECOND, "B-").writeTo(this.dir.resolve("second.xlsx"));

		// when: the same two nights (the second under the tiered rule, whose quotas draw) run in one
		// step, and in four partitions
		Map<String, Object> oneStep = screen("one_step", 1, first, second);
		Map<String, Object> partitioned = screen("partitioned", 4, first, second);

		// then
		assertThat(partitioned.get("plan")).as("the night was split").isEqualTo(4);
		assertThat(oneStep.get("plan")).isEqualTo(0);
		for (String what : List.of("results", "hits", "rejects", "quota", "history")) {
			assertThat(partitioned.get(what)).as(what).isEqualTo(oneStep.get(what));
		}
		@SuppressWarnings("unchecked")
		Map<String, String> results = (Map<String, String>) oneStep.get("results");
		assertThat(results.values()).anyMatch((result) -> result.contains("DIVERSION-VOLUME"));
		assertThat(results.values()).anyMatch((result) -> result.contains("QUOTA") || result.contains("ALLOCATION"));
		@SuppressWarnings("unchecked")
		List<String> rejects = (List<String>) oneStep.get("rejects");
		assertThat(rejects).anyMatch((reject) -> reject.contains("duplicate transaction_id"));
	}

	private WorkbookFixture night(LocalDate date, String prefix) {
		WorkbookFixture book = WorkbookFixture.transactions();
		List<TransactionRows.Row> rows = new ArrayList<>();
		new TransactionGenerator(600, date.toEpochDay(), 0.03, date, prefix).forEach(rows::add);
		// three customers' usual orders scattered through the night, each ending in one far larger
		for (int customer = 0; customer < 3; customer++) {
			for (int order = 0; order < 5; order++) {
				int quantity = (order == 4) ? 200 : 8;
				rows.add(order * 120 + customer * 7, TransactionRows.h100(prefix + "V" + customer + "-" + order,
						"Steady Customer " + customer + " Co Ltd", "KR")
					.with("order_date", date)
					.with("quantity", quantity)
					.with("end_use", "Search ranking models")
					.with("customer_since", LocalDate.of(2018, 1, 1)));
			}
		}
		// the same id twice, for two customers: the later one is the duplicate
		rows.add(50, TransactionRows.h100(prefix + "DUP", "First Holder GmbH", "DE").with("order_date", date));
		rows.add(550, TransactionRows.h100(prefix + "DUP", "Second Holder SAS", "FR").with("order_date", date));
		rows.forEach(book::row);
		return book;
	}

	private Map<String, Object> screen(String database, int partitions, Path first, Path second) throws Exception {
		// command-line arguments: they come before application.yml, as the operator's do
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ShipscreenApplication.class)
			.run("--shipscreen.cli.enabled=false", "--shipscreen.chunk-size=50",
					"--shipscreen.scale.partitions=" + partitions,
					"--spring.datasource.url=jdbc:h2:mem:" + database + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")) {
			NightlyRunLauncher launcher = context.getBean(NightlyRunLauncher.class);
			completed(launcher.launch(run(FIRST, first, RunParameters.BY_ORDER_DATE), false));
			completed(launcher.launch(run(SECOND, second, "ai-diffusion-2025"), false));
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Map<String, Object> outcome = new TreeMap<>();
			Map<String, String> results = new TreeMap<>();
			jdbc.query("SELECT r.run_id, r.transaction_id, r.decision, r.rule_ids, r.evidence, r.source_file,"
					+ " r.source_row FROM screening_result r", (rs) -> {
						results.put(rs.getLong(1) + " " + rs.getString(2), rs.getString(3) + " " + rs.getString(4)
								+ " | " + rs.getString(5) + " | " + rs.getString(6) + ":" + rs.getLong(7));
					});
			outcome.put("results", results);
			outcome.put("hits", jdbc.queryForList("SELECT run_id, transaction_id, rule_id, severity, evidence"
					+ " FROM screening_hit ORDER BY run_id, transaction_id, rule_id, evidence"));
			outcome.put("rejects", rejects(jdbc));
			outcome.put("quota", jdbc.queryForList("SELECT ledger, account, quota_period, transaction_id, amount"
					+ " FROM quota_ledger_entry ORDER BY ledger, account, quota_period, transaction_id"));
			outcome.put("history", jdbc.queryForObject("SELECT COALESCE(SUM(line_count), 0) FROM customer_history_chunk",
					Long.class));
			outcome.put("plan", jdbc.queryForObject("SELECT COUNT(DISTINCT partition_no) FROM screening_partition_plan",
					Integer.class));
			return outcome;
		}
	}

	private static List<String> rejects(JdbcTemplate jdbc) {
		return jdbc.query("SELECT run_id, source_ref, column_name, reason FROM screening_reject",
				(rs, row) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4))
			.stream()
			.sorted()
			.toList();
	}

	private RunParameters run(LocalDate night, Path input, String policy) {
		return new RunParameters(night, RunParameters.SOURCE_EXCEL, input.toString(), policy, 0,
				this.dir.resolve("out-" + night));
	}

	private static void completed(JobExecution execution) {
		assertThat(execution.getStatus()).as("%s", execution.getAllFailureExceptions()).isEqualTo(BatchStatus.COMPLETED);
	}

}
