package io.shipscreen.parties;

/** A list file that cannot be read; the message names the file, the line and the reason. */
public class ListFormatException extends RuntimeException {

	public ListFormatException(String file, long line, String reason) {
		super(file + " line " + line + ": " + reason);
	}

	public ListFormatException(String file, long line, String reason, Throwable cause) {
		super(file + " line " + line + ": " + reason, cause);
	}

}
