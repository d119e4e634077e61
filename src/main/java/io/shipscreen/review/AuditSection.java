package io.shipscreen.review;

import java.util.List;

/**
 * Lines a feature adds to {@code audit TRANSACTION_ID} after the events, e.g. the transaction's
 * licence draws. Empty when the feature has nothing on this transaction.
 */
public interface AuditSection {

	List<String> lines(String transactionId);

}
