package io.shipscreen.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Persistent quota ledgers (LPP TPP per consignee per year, Tier-2 TPP per country). The
 * stateful checks read it; the result writer persists the charges carried on hits, inside the
 * chunk transaction, so that a restart or rerun never counts a transaction twice.
 */
public interface QuotaLedger {

	/**
	 * What is already drawn on the charge's (ledger, account, period) by other transactions
	 * ordered before this one, including those screened earlier in this process and not yet
	 * committed.
	 */
	BigDecimal drawnBefore(QuotaCharge charge, LocalDate orderDate, String transactionId);

	/** Persists the charges of one screened transaction, idempotently (replays change nothing). */
	void persist(long runId, String transactionId, LocalDate orderDate, List<QuotaCharge> charges);

	/**
	 * Forgets the charges the current step execution screened and never committed: a step starting
	 * in a process that ran an earlier night (the schedule loop, a worker) must not count that
	 * night's rows screened ahead of a stop or a failure. The other step executions running in this
	 * process (the partitions of a night) keep theirs.
	 */
	void forgetUncommitted();

	/** Every ledger account with its use and limit, for the summary workbook. */
	List<QuotaBalance> balances();

}
