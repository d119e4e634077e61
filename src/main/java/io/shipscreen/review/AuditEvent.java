package io.shipscreen.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One step in a transaction's history: a screening, a review decision, or a refused review row.
 *
 * @param at when it happened (screened, or imported)
 * @param kind {@link Kind}
 * @param transactionId the transaction
 * @param runId the run screened, or the run the review was about
 * @param runDate that run's night
 * @param outcome the screening decision, or the reviewer's decision
 * @param headline rules (screening), reviewer and note (review), reason (refusal)
 * @param context policy and list snapshot (screening), file and row (review)
 * @param details hits (screening), good-guy pairs added (review)
 */
public record AuditEvent(Instant at, Kind kind, String transactionId, Long runId, LocalDate runDate, String outcome,
		String headline, String context, List<String> details) {

	public AuditEvent {
		details = List.copyOf(details);
	}

	public enum Kind {

		SCREENED, REVIEWED, REFUSED

	}

}
