package io.shipscreen.review;

/** A row not imported, with the reason the reviewer reads to fix it. */
record Refused(ReviewedRow row, Long runId, String reason) implements RowVerdict {
}
