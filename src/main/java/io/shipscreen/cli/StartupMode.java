package io.shipscreen.cli;

import java.util.Set;

/**
 * How much of the application a command starts. The commands that screen start everything at
 * once, so that a bad policy or list file fails the start (exit 2) before a night is touched.
 * Every other command (the operator's {@code runs}, {@code restart}, {@code abandon},
 * {@code recover}, {@code policies}, {@code lists}, {@code help}, ...) starts with lazy beans:
 * only what it uses is built, so {@code runs} reads the job repository without loading the
 * party lists or building their name index.
 */
public final class StartupMode {

	/** Commands that run the screening engine in this process. */
	static final Set<String> FULL_START = Set.of("screen", "schedule", "worker", "rescreen");

	private StartupMode() {
	}

	/** Whether the command on {@code args} starts with lazy beans. */
	public static boolean lazy(String... args) {
		return !FULL_START.contains(commandWord(args));
	}

	/** The command word as {@link CommandDispatcher} reads it: the first argument not starting with {@code --}. */
	static String commandWord(String... args) {
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				return arg;
			}
		}
		return CommandDispatcher.DEFAULT_COMMAND;
	}

}
