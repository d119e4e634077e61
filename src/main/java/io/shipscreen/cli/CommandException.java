package io.shipscreen.cli;

/** A failure the user sees as one line on stderr, with the exit code to end the process with. */
public class CommandException extends RuntimeException {

	private final int exitCode;

	public CommandException(String message, int exitCode) {
		super(message);
		this.exitCode = exitCode;
	}

	public CommandException(String message, int exitCode, Throwable cause) {
		super(message, cause);
		this.exitCode = exitCode;
	}

	public int exitCode() {
		return this.exitCode;
	}

}
