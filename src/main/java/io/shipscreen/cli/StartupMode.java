package io.shipscreen.cli;

import java.util.Set;

/**
 * How much of the application a command starts. Every command starts with lazy beans, so that
 * its command line is checked first ({@link CommandDispatcher}: an unknown option or a bad number
 * is refused with exit 2 in a second or two, not after the party index is built). The commands
 * that screen then complete the start ({@link StartCompletion}) before they run, so that a bad
 * policy or list file still fails the start (exit 2) before a night is touched. Every other
 * command (the operator's {@code runs}, {@code restart}, {@code abandon}, {@code recover},
 * {@code policies}, {@code lists}, {@code help}, ...) builds only what it uses, so {@code runs}
 * reads the job repository without loading the party lists or building their name index.
 */
public final class StartupMode {

	/** Commands that run the screening engine in this process. */
	static final Set<String> FULL_START = Set.of("screen", "schedule", "worker", "rescreen");

	private StartupMode() {
	}

	/** Whether {@code command} has the whole application built before it runs. */
	public static boolean completesStart(String command) {
		return FULL_START.contains(command);
	}

	/** The command word as {@link CommandDispatcher} reads it: the first argument not starting with {@code --}. */
	public static String commandWord(String... args) {
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				return arg;
			}
		}
		return CommandDispatcher.DEFAULT_COMMAND;
	}

}
