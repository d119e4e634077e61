package io.shipscreen.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

import io.shipscreen.job.RunOperations;
import io.shipscreen.testdata.TransactionRows;
import io.shipscreen.testdata.WorkbookFixture;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's command line as an operator meets it: exit codes and one-line errors on stderr. */
@SpringBootTest(properties = { "shipscreen.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:nightly;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1" })
class CommandLineTests {

	@Autowired
	List<Command> commands;

	@Autowired
	RunOperations operations;

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private PrintStream originalOut;

	private PrintStream originalErr;

	@BeforeEach
	void captureOutput() {
		this.originalOut = System.out;
		this.originalErr = System.err;
		System.setOut(new PrintStream(this.out, true));
		System.setErr(new PrintStream(this.err, true));
	}

	@AfterEach
	void restoreOutput() {
		System.setOut(this.originalOut);
		System.setErr(this.originalErr);
	}

	@Test
	void screensThenRefusesTheSameNightThenRerunsIt() throws Exception {
		Path input = WorkbookFixture.transactions()
			.row(TransactionRows.clean("TX-1"))
			.writeTo(this.dir.resolve("orders.xlsx"));
		String[] args = { "screen", "--input=" + input, "--output=" + this.dir.resolve("out"),
				"--run-date=2031-03-04" };

		assertThat(run(args)).isEqualTo(ExitCodes.OK);
		assertThat(this.out.toString()).contains("completed: 1 screened (CLEAR 1, REVIEW 0, HOLD 0), 0 rejected");

		assertThat(run(args)).isEqualTo(ExitCodes.REFUSED);
		assertThat(stderrLines()).singleElement()
			.asString()
			.startsWith("shipscreen screen: run 2031-03-04 excel ")
			.contains("was already completed")
			.endsWith("use --rerun to screen it again as a new run");

		String[] rerun = { "screen", "--input=" + input, "--output=" + this.dir.resolve("out"),
				"--run-date=2031-03-04", "--rerun" };
		assertThat(run(rerun)).isEqualTo(ExitCodes.OK);
	}

	@Test
	void aFailedNightExitsOneWithTheFileNamedOnOneLine() throws Exception {
		Path input = java.nio.file.Files.writeString(this.dir.resolve("broken.xlsx"), "not a workbook");

		int exit = run("--input=" + input, "--output=" + this.dir.resolve("out"), "--run-date=2031-03-05");

		assertThat(exit).isEqualTo(ExitCodes.FAILED);
		assertThat(stderrLines()).singleElement()
			.asString()
			.contains("broken.xlsx: not an .xlsx workbook (not a zip file)")
			.contains("run the same command again to resume");
	}

	@Test
	void badOptionsAreUsageErrors() throws Exception {
		assertThat(run("screen", "--source=ftp")).isEqualTo(ExitCodes.USAGE);
		assertThat(run("screen", "--run-date=30/11/2026")).isEqualTo(ExitCodes.USAGE);
		assertThat(run("screen", "--policy=no-such-policy")).isEqualTo(ExitCodes.USAGE);
		assertThat(run("fly")).isEqualTo(ExitCodes.USAGE);
		assertThat(stderrLines()).containsExactly("shipscreen screen: --source must be excel or db, not 'ftp'",
				"shipscreen screen: --run-date must be yyyy-MM-dd, not '30/11/2026'",
				"shipscreen screen: unknown policy 'no-such-policy' (known: advanced-computing-2023, "
						+ "ai-diffusion-2025, post-rescission-2025)",
				stderrLines().get(3));
		assertThat(stderrLines().get(3)).startsWith("shipscreen: unknown command 'fly' (try: abandon, ")
			.contains("restart, review, runs, schedule, screen");
	}

	@Test
	void runsListsExecutionsAndRestartOfACompletedOneIsRefused() throws Exception {
		Path input = WorkbookFixture.transactions()
			.row(TransactionRows.clean("TX-1"))
			.writeTo(this.dir.resolve("orders.xlsx"));
		run("--input=" + input, "--output=" + this.dir.resolve("out"), "--run-date=2031-03-06");

		assertThat(run("runs")).isEqualTo(ExitCodes.OK);
		assertThat(this.out.toString()).contains("2031-03-06").contains("COMPLETED");

		long completed = this.operations.recent(1).get(0).executionId();
		assertThat(run("restart", String.valueOf(completed))).isEqualTo(ExitCodes.REFUSED);
		assertThat(stderrLines()).last()
			.asString()
			.isEqualTo("shipscreen restart: execution " + completed + " is COMPLETED and cannot be restarted");
		assertThat(run("restart", "x")).isEqualTo(ExitCodes.USAGE);
	}

	@Test
	void aMistypedOptionIsRefusedByNameAndNothingIsScreened() throws Exception {
		Path input = WorkbookFixture.transactions()
			.row(TransactionRows.clean("TX-1"))
			.writeTo(this.dir.resolve("orders.xlsx"));
		int runsBefore = this.operations.recent(1000).size();

		int exit = run("screen", "--input=" + input, "--output=" + this.dir.resolve("out"), "--run-dat=2031-03-07",
				"--rerun");

		assertThat(exit).isEqualTo(ExitCodes.USAGE);
		assertThat(stderrLines()).containsExactly("shipscreen screen: unknown option --run-dat (options of screen: "
				+ "--input, --source, --output, --run-date, --policy, --lists, --ownership, --licences, --rerun; Spring properties need a dot, "
				+ "e.g. --spring.profiles.active=mysql)");
		assertThat(this.operations.recent(1000)).hasSize(runsBefore);
	}

	@Test
	void everyCommandRefusesOptionsItDoesNotDeclare() {
		assertThat(run("runs", "--lats=5")).isEqualTo(ExitCodes.USAGE);
		assertThat(run("policies", "--input=x")).isEqualTo(ExitCodes.USAGE);
		assertThat(run("restart", "1", "--rerun")).isEqualTo(ExitCodes.USAGE);
		assertThat(run("lists", "--too=dir")).isEqualTo(ExitCodes.USAGE);
		assertThat(run("schedule", "--ouput=x")).isEqualTo(ExitCodes.USAGE);
		assertThat(stderrLines()).containsExactly(
				"shipscreen runs: unknown option --lats (options of runs: --last; Spring properties need a dot, "
						+ "e.g. --spring.profiles.active=mysql)",
				"shipscreen policies: unknown option --input (options of policies: --date; Spring properties need a "
						+ "dot, e.g. --spring.profiles.active=mysql)",
				"shipscreen restart: unknown option --rerun (options of restart: none; Spring properties need a dot, "
						+ "e.g. --spring.profiles.active=mysql)",
				"shipscreen lists: unknown option --too (options of lists: --from, --to; Spring properties need a dot, "
						+ "e.g. --spring.profiles.active=mysql)",
				"shipscreen schedule: unknown option --ouput (options of schedule: --input, --source, --output, "
						+ "--run-date, --policy, --lists, --ownership, --licences, --rerun; Spring properties need a dot, "
						+ "e.g. --spring.profiles.active=mysql)");
	}

	@Test
	void anOptionWithOneDashOrAStrayArgumentIsNotIgnored() {
		assertThat(run("screen", "-rerun")).isEqualTo(ExitCodes.USAGE);
		assertThat(run("screen", "2031-03-08")).isEqualTo(ExitCodes.USAGE);
		assertThat(stderrLines()).hasSize(2);
		assertThat(stderrLines().get(0)).startsWith("shipscreen screen: unknown option -rerun (options of screen: ");
		assertThat(stderrLines().get(1)).isEqualTo("shipscreen screen: unexpected argument '2031-03-08': screen takes "
				+ "only options (--input, --source, --output, --run-date, --policy, --lists, --ownership, --licences, --rerun)");
	}

	@Test
	void springPropertiesAndHelpStillPass() {
		assertThat(run("runs", "--spring.main.banner-mode=off", "--shipscreen.reject-limit=5", "--last=3"))
			.isEqualTo(ExitCodes.OK);
		assertThat(run("policies", "--help")).isEqualTo(ExitCodes.OK);
		assertThat(this.err.toString()).isEmpty();
	}

	@Test
	void badNumbersAreUsageErrors() {
		assertThat(run("runs", "--last=abc")).isEqualTo(ExitCodes.USAGE);
		assertThat(run("runs", "--last=0")).isEqualTo(ExitCodes.USAGE);
		assertThat(run("abandon", "12x")).isEqualTo(ExitCodes.USAGE);
		assertThat(stderrLines()).containsExactly(
				"shipscreen runs: --last must be a whole number of at least 1, not 'abc'",
				"shipscreen runs: --last must be a whole number of at least 1, not '0'",
				"shipscreen abandon: execution id must be a number, not '12x'");
	}

	@Test
	void runsShowsTheRowsANightScreenedRejectedAndFlagged() throws Exception {
		Path input = WorkbookFixture.transactions()
			.row(TransactionRows.clean("RJ-1"))
			.row(TransactionRows.h100("RJ-2", "Beijing Example AI Lab", "CN"))
			.row(TransactionRows.clean("RJ-3").with("ship_to_country", "Atlantis"))
			.row(TransactionRows.clean("RJ-4").with("quantity", "many"))
			.writeTo(this.dir.resolve("orders.xlsx"));
		assertThat(run("--input=" + input, "--output=" + this.dir.resolve("out"), "--run-date=2031-03-09"))
			.isEqualTo(ExitCodes.OK);
		this.out.reset();

		assertThat(run("runs", "--last=1")).isEqualTo(ExitCodes.OK);

		List<String> lines = this.out.toString().lines().toList();
		assertThat(lines.get(0)).containsSubsequence("READ", "SCREENED", "REJECTED", "FLAGGED").doesNotContain("SKIPPED");
		assertThat(lines.get(1).split("\\s+")).containsSubsequence("2031-03-09", "excel", "by-order-date", "COMPLETED",
				"4", "2", "2", "1");
	}

	private int run(String... args) {
		CommandDispatcher dispatcher = new CommandDispatcher(this.commands);
		DefaultApplicationArguments arguments = new DefaultApplicationArguments(args);
		List<String> words = new java.util.ArrayList<>(arguments.getNonOptionArgs());
		String name = words.isEmpty() ? "screen" : words.remove(0);
		return dispatcher.execute(new CommandLine(name, List.copyOf(words), arguments));
	}

	private List<String> stderrLines() {
		return this.err.toString().lines().toList();
	}

}
