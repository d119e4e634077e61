package io.shipscreen.review;

/** A review workbook that cannot be imported at all (unreadable, no flagged sheet, no header). */
public class ReviewFileException extends RuntimeException {

	public ReviewFileException(String file, String reason, Throwable cause) {
		super(file + ": " + reason, cause);
	}

	public ReviewFileException(String file, String reason) {
		super(file + ": " + reason);
	}

}
