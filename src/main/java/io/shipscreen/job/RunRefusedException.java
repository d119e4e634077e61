package io.shipscreen.job;

/** A launch that must not go ahead: the run already completed, or another process is running it. */
public class RunRefusedException extends RuntimeException {

	public RunRefusedException(String message) {
		super(message);
	}

}
