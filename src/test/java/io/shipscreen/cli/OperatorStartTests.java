package io.shipscreen.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's commands start the way {@code java -jar shipscreen.jar runs} does (lazy beans,
 * {@link StartupMode}) and must not load the party lists, build their name index or read the
 * policies they do not show. This fails when a command takes a costly collaborator in its
 * constructor instead of an {@code ObjectProvider}: then every command, {@code help} included,
 * would wait for it.
 */
@SpringBootTest(properties = { "shipscreen.cli.enabled=false", "spring.main.lazy-initialization=true",
		"spring.datasource.url=jdbc:h2:mem:operator-start;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1" })
class OperatorStartTests {

	/** Beans that load lists, build the party index, the screener or the policy set. */
	private static final List<String> COSTLY = List.of("partyListSnapshot", "partyMatcher", "nameNormalizer",
			"screener", "yamlPolicyCatalog", "clearedMatches");

	@Autowired
	List<Command> commands;

	@Autowired
	ConfigurableApplicationContext context;

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
	void runsHelpAndTheRefusalsOfRestartAbandonAndRecoverBuildNothingCostlyPoliciesAndListsOnlyWhatTheyShow() {
		assertThat(run("help")).isEqualTo(ExitCodes.OK);
		assertThat(run("runs")).isEqualTo(ExitCodes.OK);
		assertThat(run("restart", "987654")).as(this.err::toString).isEqualTo(ExitCodes.REFUSED);
		assertThat(run("abandon", "987654")).isEqualTo(ExitCodes.REFUSED);
		assertThat(run("recover", "987654")).isEqualTo(ExitCodes.REFUSED);
		assertThat(run("runs", "--bogus")).isEqualTo(ExitCodes.USAGE);

		assertThat(this.out.toString()).contains("usage: java -jar shipscreen.jar").contains("EXEC");
		assertThat(this.err.toString().lines()).containsExactly("shipscreen restart: no execution 987654 (see 'runs')",
				"shipscreen abandon: no execution 987654 (see 'runs')", "shipscreen recover: no execution 987654 (see 'runs')",
				"shipscreen runs: unknown option --bogus (options of runs: --last; Spring properties need a dot, "
						+ "e.g. --spring.profiles.active=mysql)");
		assertThat(COSTLY).noneMatch(this::built);

		// policies reads the policies and lists the lists (in this order, in one context), but neither
		// builds the party index or the screener
		assertThat(run("policies")).isEqualTo(ExitCodes.OK);
		assertThat(run("lists")).isEqualTo(ExitCodes.OK);

		assertThat(built("yamlPolicyCatalog")).isTrue();
		assertThat(built("partyListSnapshot")).isTrue();
		assertThat(built("partyMatcher")).isFalse();
		assertThat(built("screener")).isFalse();
	}

	@Test
	void theJarStartsOperatorCommandsLazilyAndTheScreeningCommandsWhole() {
		assertThat(StartupMode.lazy("runs", "--last=5")).isTrue();
		assertThat(StartupMode.lazy("--spring.profiles.active=mysql", "restart", "12")).isTrue();
		assertThat(StartupMode.lazy("help")).isTrue();
		assertThat(StartupMode.lazy()).isFalse();
		assertThat(StartupMode.lazy("--run-date=2026-11-29")).isFalse();
		assertThat(StartupMode.lazy("screen", "--rerun")).isFalse();
		assertThat(StartupMode.lazy("schedule")).isFalse();
	}

	private boolean built(String bean) {
		return this.context.getBeanFactory().containsSingleton(bean);
	}

	private int run(String... args) {
		CommandDispatcher dispatcher = new CommandDispatcher(this.commands);
		DefaultApplicationArguments arguments = new DefaultApplicationArguments(args);
		List<String> words = new java.util.ArrayList<>(arguments.getNonOptionArgs());
		String name = words.isEmpty() ? "screen" : words.remove(0);
		return dispatcher.execute(new CommandLine(name, List.copyOf(words), arguments));
	}

}
