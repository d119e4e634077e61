package io.shipscreen.review;

/** What became of one reviewed row of an imported workbook. */
sealed interface RowVerdict permits Accepted, Refused, Unchanged {

	ReviewedRow row();

}
