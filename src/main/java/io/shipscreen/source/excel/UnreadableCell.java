package io.shipscreen.source.excel;

/**
 * A cell whose value cannot be known (a formula without a saved result, a shared string the
 * table does not have, a number that is not one): a reject of its row, never of the file.
 * Thrown per cell, so it carries no stack trace.
 */
final class UnreadableCell extends RuntimeException {

	UnreadableCell(String reason) {
		super(reason, null, false, false);
	}

	/** Why, for the rejects report (the cell is named beside it). */
	String reason() {
		return getMessage();
	}

}
