package io.shipscreen.cli;

/**
 * One sub-command of the jar ({@code screen}, {@code runs}, {@code lists}, ...). Implementations
 * are Spring beans; {@link CommandDispatcher} picks one by {@link #name()}.
 * <p>
 * Operator commands start without the screening engine (lazy beans, {@link StartupMode}): keep
 * a command's constructor to cheap collaborators, and take anything that loads lists, builds the
 * party index or the job as an {@link org.springframework.beans.factory.ObjectProvider}, resolved
 * in {@link #run} where it is needed ({@code OperatorStartTests} checks this).
 */
public interface Command {

	/** The word typed on the command line, e.g. {@code lists}. */
	String name();

	/** One line for {@code help}, e.g. {@code lists [import FILE]  show or install party lists}. */
	String usage();

	/**
	 * The {@code --options} this command accepts; any other (a typo such as {@code --run-dat}) is
	 * refused with exit 2 before {@link #run} is called. Spring properties (names with a dot) are
	 * always accepted.
	 */
	default CommandOptions options() {
		return CommandOptions.none();
	}

	/**
	 * Runs the command and returns the process exit code ({@link ExitCodes}). Throw
	 * {@link CommandException} for a one-line error.
	 */
	int run(CommandLine commandLine) throws Exception;

}
