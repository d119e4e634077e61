package io.shipscreen.review;

/** A decision already recorded (the same workbook imported twice): nothing to add. */
record Unchanged(ReviewedRow row) implements RowVerdict {
}
