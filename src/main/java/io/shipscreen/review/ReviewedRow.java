package io.shipscreen.review;

import java.util.Map;

/**
 * One data row of a filled-in flagged workbook, as displayed text by header.
 *
 * @param sheet the sheet name ({@code Flagged}, {@code Flagged (2)}, ...)
 * @param row the row number as Excel shows it (the header is row 1)
 * @param cells header → cell text (blank cells are absent)
 */
record ReviewedRow(String sheet, int row, Map<String, String> cells) {

	static final String TRANSACTION_ID = "Transaction ID";

	static final String DECISION = "Reviewer decision";

	static final String REVIEWER = "Reviewer";

	static final String NOTE = "Reviewer note";

	ReviewedRow {
		cells = Map.copyOf(cells);
	}

	/** The cell under {@code header}, stripped; empty when blank or absent. */
	String get(String header) {
		String value = this.cells.get(header);
		return (value != null) ? value.strip() : "";
	}

	String transactionId() {
		return get(TRANSACTION_ID);
	}

	/** Whether a reviewer typed anything in the reviewer columns. */
	boolean reviewed() {
		return !get(DECISION).isEmpty() || !get(REVIEWER).isEmpty() || !get(NOTE).isEmpty();
	}

	/** {@code Flagged row 7}: where a reviewer finds the row again. */
	String where() {
		return this.sheet + " row " + this.row;
	}

}
