package io.shipscreen.cli;

/**
 * One sub-command of the jar ({@code screen}, {@code runs}, {@code lists}, ...). Implementations
 * are Spring beans; {@link CommandDispatcher} picks one by {@link #name()}.
 */
public interface Command {

	/** The word typed on the command line, e.g. {@code lists}. */
	String name();

	/** One line for {@code help}, e.g. {@code lists [import FILE]  show or install party lists}. */
	String usage();

	/**
	 * Runs the command and returns the process exit code ({@link ExitCodes}). Throw
	 * {@link CommandException} for a one-line error.
	 */
	int run(CommandLine commandLine) throws Exception;

}
