package io.shipscreen.cli;

/** Process exit codes (docs/contract.md §4: 0 = completed, non-zero = failed or refused). */
public final class ExitCodes {

	/** The run or command completed (flags found or not). */
	public static final int OK = 0;

	/** The run failed; running the same command again restarts it. */
	public static final int FAILED = 1;

	/** Bad command line or configuration (unknown option, bad policy file, ...). */
	public static final int USAGE = 2;

	/** Refused: the run already completed (use --rerun) or is running in another process. */
	public static final int REFUSED = 3;

	private ExitCodes() {
	}

}
