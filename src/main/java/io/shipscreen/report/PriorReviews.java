package io.shipscreen.report;

import java.util.Optional;

/**
 * What reviewers decided before about the transactions and parties of a run: the flagged
 * workbook's {@code Last review} column. Implemented by the review package; the workbook is
 * written without it when no implementation is present.
 */
public interface PriorReviews {

	/**
	 * Loads, before the run's rows are streamed, what is needed to answer {@link Lookup#lastReview}
	 * for its flagged rows (a streaming query must not be interleaved with other queries).
	 */
	Lookup forRun(long runId);

	/** The answers for one run. */
	interface Lookup {

		/** The last decision and note on this transaction, else on this consignee, from earlier runs. */
		Optional<String> lastReview(String transactionId, String consigneeName);

	}

}
