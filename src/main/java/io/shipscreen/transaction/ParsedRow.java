package io.shipscreen.transaction;

import java.util.List;

/** A row after validation: a transaction to screen, or the problems that reject it. */
public record ParsedRow(SourceRef origin, String transactionId, ExportTransaction transaction,
		List<RowProblem> problems) {

	public static ParsedRow valid(ExportTransaction transaction) {
		return new ParsedRow(transaction.origin(), transaction.transactionId(), transaction, List.of());
	}

	public static ParsedRow rejected(SourceRef origin, String transactionId, List<RowProblem> problems) {
		return new ParsedRow(origin, transactionId, null, List.copyOf(problems));
	}

	public boolean isValid() {
		return this.transaction != null;
	}

}
