package io.shipscreen.review;

import java.util.List;

/**
 * What an import did with one workbook.
 *
 * @param file the file name
 * @param rowsRead data rows on the flagged sheets
 * @param accepted decisions recorded
 * @param unchanged decisions already recorded by an earlier import of the same rows
 * @param cleared good-guy pairs added
 * @param refusals the rows refused, each as {@code Flagged row 7 (TX-1): reason}
 */
public record ImportReport(String file, int rowsRead, int accepted, int unchanged, int cleared,
		List<String> refusals) {

	public ImportReport {
		refusals = List.copyOf(refusals);
	}

	/** One line for the operator. */
	public String summary() {
		return String.format("%s: %d rows, %d decisions recorded, %d already recorded, %d refused, %d party pairs "
				+ "cleared", this.file, this.rowsRead, this.accepted, this.unchanged, this.refusals.size(), this.cleared);
	}

}
