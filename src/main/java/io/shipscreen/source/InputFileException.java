package io.shipscreen.source;

/**
 * A whole input that cannot be read (not an xlsx, encrypted, corrupt, no header, table missing).
 * Its message is the one line the operator sees: the file, then the reason.
 */
public class InputFileException extends RuntimeException {

	private final String file;

	private final String reason;

	public InputFileException(String file, String reason) {
		this(file, reason, null);
	}

	public InputFileException(String file, String reason, Throwable cause) {
		super(file + ": " + reason, cause);
		this.file = file;
		this.reason = reason;
	}

	public String file() {
		return this.file;
	}

	public String reason() {
		return this.reason;
	}

}
