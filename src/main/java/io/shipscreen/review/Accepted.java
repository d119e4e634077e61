package io.shipscreen.review;

import java.util.List;

import io.shipscreen.report.ReviewDecision;

/** A decision to record: the result it is about, who decided what and why, what it clears. */
record Accepted(ReviewedRow row, StoredResult result, ReviewDecision decision, String reviewer, String note,
		String consigneeKey, List<PartyClearance> clearances) implements RowVerdict {

	Accepted {
		clearances = List.copyOf(clearances);
	}

}
