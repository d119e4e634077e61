package io.shipscreen.ownership;

/** A whole register file cannot be read (not CSV/xlsx, no header, required column missing). */
public class RegisterFileException extends RuntimeException {

	public RegisterFileException(String message) {
		super(message);
	}

	public RegisterFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
