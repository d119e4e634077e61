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
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands that screen start as {@code java -jar shipscreen.jar screen} does: lazily, with the
 * command line checked before anything costly is built, so a mistyped option is refused at once
 * (exit 2) instead of after the lists are loaded and the party index built; only a command line
 * that passes completes the start, before the command runs.
 */
@SpringBootTest(properties = { "shipscreen.cli.enabled=false", "spring.main.lazy-initialization=true",
		"spring.datasource.url=jdbc:h2:mem:screening-start;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1" })
@DirtiesContext
class ScreeningStartTests {

	/** Beans that load lists, build the party index, the screener or the policy set. */
	private static final List<String> COSTLY = List.of("partyListSnapshot", "partyMatcher", "nameNormalizer",
			"screener", "yamlPolicyCatalog", "clearedMatches");

	@Autowired
	List<Command> commands;

	@Autowired
	StartCompletion start;

	@Autowired
	ConfigurableApplicationContext context;

	@TempDir
	Path dir;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private PrintStream originalErr;

	@BeforeEach
	void captureErrors() {
		this.originalErr = System.err;
		System.setErr(new PrintStream(this.err, true));
	}

	@AfterEach
	void restoreErrors() {
		System.setErr(this.originalErr);
	}

	@Test
	void aMistypedOptionIsRefusedBeforeThePartyIndexIsBuiltAndAGoodCommandLineCompletesTheStartFirst() {
		assertThat(run("screen", "--run-dat=2031-03-07", "--rerun")).isEqualTo(ExitCodes.USAGE);
		assertThat(run("--inptu=orders.xlsx")).isEqualTo(ExitCodes.USAGE);
		assertThat(run("rescreen", "--sinse=2026-01-01")).isEqualTo(ExitCodes.USAGE);
		assertThat(run("schedule", "-rerun")).isEqualTo(ExitCodes.USAGE);
		assertThat(run("worker", "--list=config/lists")).isEqualTo(ExitCodes.USAGE);

		assertThat(this.err.toString().lines().map((line) -> line.replaceAll(" \\(options of .*$", "")))
			.containsExactly("shipscreen screen: unknown option --run-dat", "shipscreen screen: unknown option --inptu",
					"shipscreen rescreen: unknown option --sinse", "shipscreen schedule: unknown option -rerun",
					"shipscreen worker: unknown option --list");
		assertThat(this.err.toString().lines().findFirst()).hasValueSatisfying((line) -> assertThat(line)
			.endsWith("(options of screen: --input, --source, --output, --run-date, --policy, --lists, --ownership, "
					+ "--licences, --rerun; Spring properties need a dot, e.g. --spring.profiles.active=mysql)"));
		assertThat(COSTLY).noneMatch(this::built);

		// a command line that passes: the whole application is built before the night is launched
		// (here the night then fails on its missing input, after the start completed)
		assertThat(run("screen", "--input=" + this.dir.resolve("missing"), "--output=" + this.dir.resolve("out"),
				"--run-date=2031-03-08", "--spring.main.banner-mode=off")).isEqualTo(ExitCodes.FAILED);
		assertThat(COSTLY).allMatch(this::built);
	}

	private boolean built(String bean) {
		return this.context.getBeanFactory().containsSingleton(bean);
	}

	private int run(String... args) {
		CommandDispatcher dispatcher = new CommandDispatcher(this.commands, this.start);
		DefaultApplicationArguments arguments = new DefaultApplicationArguments(args);
		List<String> words = new java.util.ArrayList<>(arguments.getNonOptionArgs());
		String name = words.isEmpty() ? "screen" : words.remove(0);
		return dispatcher.execute(new CommandLine(name, List.copyOf(words), arguments));
	}

}
