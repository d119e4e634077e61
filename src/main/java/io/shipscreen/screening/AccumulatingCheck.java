package io.shipscreen.screening;

import java.util.Collection;

import io.shipscreen.policy.Policy;
import io.shipscreen.transaction.ExportTransaction;

/**
 * A check whose result for a row depends on the rows screened before it in the same night (a
 * quota drawn down, a customer's order history). It names the accounts it keeps running totals
 * in, so that a partitioned night ({@code io.shipscreen.scale}) keeps every row of an account in
 * one partition, screened in source order, and flags exactly what a one-process night flags.
 * A row may name more accounts than it will touch (a superset only makes partitions coarser);
 * it must never name fewer.
 */
public interface AccumulatingCheck {

	/** The accounts {@code tx} could read or add to under {@code policy}; empty when none. */
	Collection<String> accounts(ExportTransaction tx, Policy policy);

}
