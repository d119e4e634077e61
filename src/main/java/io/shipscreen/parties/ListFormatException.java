package io.shipscreen.parties;

/** A list file that cannot be read; the message names the file, the line and the reason. */
public class ListFormatException extends RuntimeException {

	public ListFormatException(String file, long line, String reason) {
		super(message(file, line, reason));
	}

	public ListFormatException(String file, long line, String reason, Throwable cause) {
		super(message(file, line, reason), cause);
	}

	/** "sdn.csv line 12: reason", or "sdn.csv: reason" when the problem is the whole file (line 0). */
	private static String message(String file, long line, String reason) {
		return (line > 0) ? file + " line " + line + ": " + reason : file + ": " + reason;
	}

}
