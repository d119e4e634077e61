package io.shipscreen.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import io.shipscreen.testdata.TransactionRows;
import io.shipscreen.testdata.WorkbookFixture;
import io.shipscreen.testdata.WorkbookRows;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code shipscreen.screening.pass-through=true} (the benchmark's baseline) clears every row
 * without a check. Such a run says so where an operator or auditor looks: the console line, the
 * {@code runs} listing, {@code screening_run}'s facts and the summary's {@code Run} sheet.
 */
@SpringBootTest(properties = { "shipscreen.cli.enabled=false", "shipscreen.screening.pass-through=true",
		"spring.datasource.url=jdbc:h2:mem:pass-through;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1" })
class PassThroughRunTests {

	@Autowired
	List<Command> commands;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	@Test
	void aPassThroughRunSaysChecksNoneOnTheConsoleInRunsInTheRunTableAndOnTheRunSheet() throws Exception {
		Path input = WorkbookFixture.transactions()
			.row(TransactionRows.h100("PT-1", "Beijing Example AI Lab", "CN"))
			.writeTo(this.dir.resolve("orders.xlsx"));
		Path output = this.dir.resolve("out");

		String screened = run("screen", "--input=" + input, "--output=" + output, "--run-date=2032-01-05");
		String runs = run("runs", "--last=1");

		assertThat(screened).contains("completed: 1 screened (CLEAR 1, REVIEW 0, HOLD 0)")
			.contains("CHECKS: none - PASS-THROUGH (shipscreen.screening.pass-through=true): NOTHING WAS SCREENED");
		assertThat(runs).contains("       CHECKS: none - PASS-THROUGH");
		String facts = this.jdbc.queryForObject(
				"SELECT facts FROM screening_run WHERE run_date = DATE '2032-01-05' ORDER BY run_id DESC LIMIT 1",
				String.class);
		assertThat(facts.lines().findFirst()).hasValueSatisfying(
				(line) -> assertThat(line).startsWith("Checks\tnone - PASS-THROUGH"));
		assertThat(WorkbookRows.of(output.resolve("summary-2032-01-05.xlsx"), "Run"))
			.anySatisfy((row) -> {
				assertThat(row.get("Fact")).isEqualTo("Checks");
				assertThat(row.get("Value")).contains("NOTHING WAS SCREENED");
			});
	}

	private String run(String... args) {
		PrintStream original = System.out;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		System.setOut(new PrintStream(out, true));
		try {
			CommandDispatcher dispatcher = new CommandDispatcher(this.commands);
			DefaultApplicationArguments arguments = new DefaultApplicationArguments(args);
			List<String> words = new java.util.ArrayList<>(arguments.getNonOptionArgs());
			String name = words.remove(0);
			assertThat(dispatcher.execute(new CommandLine(name, List.copyOf(words), arguments)))
				.isEqualTo(ExitCodes.OK);
		}
		finally {
			System.setOut(original);
		}
		return out.toString();
	}

}
