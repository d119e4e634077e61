package io.shipscreen.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.shipscreen.policy.Policy;
import io.shipscreen.screening.AccumulatingCheck;
import io.shipscreen.transaction.ExportTransaction;
import io.shipscreen.transaction.ParsedRow;
import io.shipscreen.transaction.RawRow;
import io.shipscreen.transaction.TransactionParser;

/**
 * The accounts a source row shares with other rows: its transaction id (a later row with the same
 * id is a duplicate, rejected only if the first one was seen before it) and every account an
 * {@link AccumulatingCheck} keeps running totals in.
 */
public final class AccountKeys {

	private final TransactionParser parser;

	private final List<AccumulatingCheck> checks;

	private final Function<ExportTransaction, Policy> policyOf;

	/**
	 * @param policyOf the policy a row is screened under (the forced one, or by order date); it may
	 * throw {@link IllegalArgumentException} for a date no policy covers (such a row is rejected)
	 */
	public AccountKeys(TransactionParser parser, List<AccumulatingCheck> checks,
			Function<ExportTransaction, Policy> policyOf) {
		this.parser = parser;
		this.checks = checks;
		this.policyOf = policyOf;
	}

	List<String> of(RawRow row) {
		ParsedRow parsed = this.parser.parse(row);
		List<String> accounts = new ArrayList<>(4);
		if (parsed.transactionId() != null) {
			accounts.add("id:" + parsed.transactionId());
		}
		if (!parsed.isValid()) {
			return accounts;
		}
		Policy policy;
		try {
			policy = this.policyOf.apply(parsed.transaction());
		}
		catch (IllegalArgumentException ex) {
			return accounts;
		}
		for (AccumulatingCheck check : this.checks) {
			accounts.addAll(check.accounts(parsed.transaction(), policy));
		}
		return accounts;
	}

}
