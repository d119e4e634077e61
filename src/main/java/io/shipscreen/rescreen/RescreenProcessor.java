package io.shipscreen.rescreen;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.beans.factory.ObjectProvider;

import io.shipscreen.policy.Policy;
import io.shipscreen.policy.PolicyCatalog;
import io.shipscreen.result.RejectedRow;
import io.shipscreen.result.ScreeningResult;
import io.shipscreen.result.TransactionStore.StoredTransaction;
import io.shipscreen.screening.QuotaLedger;
import io.shipscreen.screening.ScreeningContext;
import io.shipscreen.screening.ScreeningOutcome;
import io.shipscreen.screening.Screener;
import io.shipscreen.transaction.ExportTransaction;
import io.shipscreen.transaction.ParsedRow;
import io.shipscreen.transaction.RowProblem;
import io.shipscreen.transaction.TransactionFields;
import io.shipscreen.transaction.TransactionParser;

/**
 * Screens a stored transaction again, the way the night did: its fields through the same parser,
 * under the enforced policy of its order date, by every check, against the lists loaded now;
 * then compares the decision with the one it had. One instance per step execution.
 */
class RescreenProcessor implements ItemProcessor<StoredTransaction, Rescreened>, StepExecutionListener {

	private final TransactionParser parser;

	private final Screener screener;

	private final PolicyCatalog policies;

	private final HitChanges changes;

	private final ObjectProvider<QuotaLedger> quotaLedger;

	private final LocalDate date;

	private final Map<String, ScreeningContext> contexts = new ConcurrentHashMap<>();

	private volatile long runId;

	RescreenProcessor(TransactionParser parser, Screener screener, PolicyCatalog policies, HitChanges changes,
			ObjectProvider<QuotaLedger> quotaLedger, LocalDate date) {
		this.parser = parser;
		this.screener = screener;
		this.policies = policies;
		this.changes = changes;
		this.quotaLedger = quotaLedger;
		this.date = date;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		this.quotaLedger.ifAvailable(QuotaLedger::forgetUncommitted);
	}

	@Override
	public Rescreened process(StoredTransaction stored) {
		if (stored.unreadable() != null) {
			return new Rescreened(new RejectedRow(this.runId, stored.origin(), stored.transactionId(),
					List.of(new RowProblem("screened_transaction.fields", null, null, stored.unreadable()))), stored,
					null);
		}
		ParsedRow parsed = this.parser.parse(TransactionFields.row(stored.origin(), stored.fields(), stored.extra()));
		if (!parsed.isValid()) {
			// e.g. a country name the tables no longer know: a human must look, as on the night
			return new Rescreened(new RejectedRow(this.runId, stored.origin(), stored.transactionId(),
					parsed.problems()), stored, null);
		}
		ExportTransaction transaction = parsed.transaction();
		Policy policy;
		try {
			policy = this.policies.forOrderDate(transaction.orderDate());
		}
		catch (IllegalArgumentException ex) {
			return new Rescreened(new RejectedRow(this.runId, stored.origin(), stored.transactionId(),
					List.of(new RowProblem("order_date", null, String.valueOf(transaction.orderDate()),
							ex.getMessage()))), stored, null);
		}
		ScreeningContext context = this.contexts.computeIfAbsent(policy.id(),
				(id) -> new ScreeningContext(this.runId, this.date, policy));
		ScreeningOutcome outcome = this.screener.screen(transaction, context);
		HitChanges.Change change = outcome.decision().name().equals(stored.decision()) ? null
				: this.changes.between(stored, outcome);
		return new Rescreened(new ScreeningResult(this.runId, transaction, outcome), stored, change);
	}

}
