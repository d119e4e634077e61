package io.shipscreen.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the command named by the first non-option argument ({@code screen} when there is none)
 * and keeps its exit code for {@link org.springframework.boot.SpringApplication#exit}. Errors
 * are printed as one line on stderr; the stack trace goes to the log only.
 */
@Component
@ConditionalOnProperty(name = "shipscreen.cli.enabled", havingValue = "true", matchIfMissing = true)
public class CommandDispatcher implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(CommandDispatcher.class);

	static final String DEFAULT_COMMAND = "screen";

	private final Map<String, Command> commands = new TreeMap<>();

	private volatile int exitCode = ExitCodes.OK;

	public CommandDispatcher(List<Command> commands) {
		commands.forEach((command) -> this.commands.put(command.name(), command));
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> words = new ArrayList<>(args.getNonOptionArgs());
		String name = words.isEmpty() ? DEFAULT_COMMAND : words.remove(0);
		this.exitCode = execute(new CommandLine(name, List.copyOf(words), args));
	}

	int execute(CommandLine commandLine) {
		if (commandLine.command().equals("help") || commandLine.flag("help")) {
			System.out.println(help());
			return ExitCodes.OK;
		}
		Command command = this.commands.get(commandLine.command());
		if (command == null) {
			System.err.println("shipscreen: unknown command '" + commandLine.command() + "' (try: "
					+ String.join(", ", this.commands.keySet()) + ")");
			return ExitCodes.USAGE;
		}
		try {
			refuseUnknownOptions(commandLine, command);
			return command.run(commandLine);
		}
		catch (CommandException ex) {
			log.debug("command {} failed", commandLine.command(), ex);
			System.err.println("shipscreen " + commandLine.command() + ": " + ex.getMessage());
			return ex.exitCode();
		}
		catch (Exception ex) {
			log.error("command {} failed", commandLine.command(), ex);
			System.err.println("shipscreen " + commandLine.command() + ": " + oneLine(ex));
			return ExitCodes.FAILED;
		}
	}

	/**
	 * CONTRACT.md §4: an option the command does not declare (a typo such as {@code --run-dat=})
	 * would otherwise be bound as a Spring property and ignored, and the wrong night screened.
	 */
	static void refuseUnknownOptions(CommandLine commandLine, Command command) {
		CommandOptions options = command.options();
		for (String name : commandLine.raw().getOptionNames()) {
			if (!options.accepts(name)) {
				throw unknown("--" + name, commandLine.command(), options);
			}
		}
		// a single dash is an option typed wrong, not an argument
		for (String word : commandLine.arguments()) {
			if (word.startsWith("-") && word.length() > 1) {
				throw unknown(word, commandLine.command(), options);
			}
		}
	}

	private static CommandException unknown(String option, String command, CommandOptions options) {
		return new CommandException("unknown option " + option + " (options of " + command + ": "
				+ options.describe() + "; Spring properties need a dot, e.g. --spring.profiles.active=mysql)",
				ExitCodes.USAGE);
	}

	String help() {
		StringBuilder help = new StringBuilder("usage: java -jar shipscreen.jar [command] [--option=value ...]\n");
		this.commands.values().forEach((command) -> help.append("  ").append(command.usage()).append('\n'));
		return help.toString();
	}

	/** The innermost message of a failure, on one line. */
	public static String oneLine(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		return message.replaceAll("\\s*\\R\\s*", " ").trim();
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
