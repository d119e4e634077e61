package io.shipscreen.report;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;

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

	/** The run's answers from the implementation present, or none ({@code provider} may be null). */
	static Lookup forRun(ObjectProvider<PriorReviews> provider, long runId) {
		PriorReviews prior = (provider != null) ? provider.getIfAvailable() : null;
		return (prior != null) ? prior.forRun(runId) : (transactionId, consigneeName) -> Optional.empty();
	}

	/** The answers for one run. */
	interface Lookup {

		/** The last decision and note on this transaction, else on this consignee, from earlier runs. */
		Optional<String> lastReview(String transactionId, String consigneeName);

	}

}
