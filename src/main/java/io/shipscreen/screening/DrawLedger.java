package io.shipscreen.screening;

import io.shipscreen.transaction.ExportTransaction;

/**
 * A ledger a check draws on while it screens (the licence draws), which the result writer
 * persists inside the chunk transaction, like the quota charges carried on hits: a replayed
 * chunk or a restart never counts a line twice.
 */
public interface DrawLedger {

	/** Persists what this screened transaction drew, idempotently (replays change nothing). */
	void persist(long runId, ExportTransaction transaction);

	/**
	 * Forgets the draws screened in this process and never committed (a step starting in a
	 * process that ran an earlier night must not count that night's rows screened ahead of a stop).
	 */
	void forgetUncommitted();

}
