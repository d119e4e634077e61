package io.shipscreen.policy;

/**
 * A policy or catalogue file that cannot be used. The message is one line naming the file, the
 * line and what is wrong, e.g. {@code config/policies/x.yml line 12: D:5: 'XX' is not an ISO
 * 3166-1 alpha-2 country code}; the CLI prints it as is.
 */
public class PolicyFileException extends RuntimeException {

	public PolicyFileException(String message) {
		super(message);
	}

	public PolicyFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
