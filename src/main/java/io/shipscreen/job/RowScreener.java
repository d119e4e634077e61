package io.shipscreen.job;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import io.shipscreen.policy.Policy;
import io.shipscreen.policy.PolicyCatalog;
import io.shipscreen.result.RejectedRow;
import io.shipscreen.result.RunRepository;
import io.shipscreen.result.ScreenedItem;
import io.shipscreen.result.ScreeningResult;
import io.shipscreen.screening.DrawLedger;
import io.shipscreen.screening.QuotaLedger;
import io.shipscreen.screening.Screener;
import io.shipscreen.screening.ScreeningContext;
import io.shipscreen.transaction.ExportTransaction;
import io.shipscreen.transaction.ParsedRow;
import io.shipscreen.transaction.RawRow;
import io.shipscreen.transaction.RowProblem;
import io.shipscreen.transaction.TransactionParser;

/**
 * Validates each row and screens it. A bad row becomes a {@link RejectedRow} (never an
 * exception), so one bad row never stops the night and every good row is still screened.
 * One instance per step execution: it remembers the transaction ids seen in this run to reject
 * duplicates, reloading the committed ones on restart; unless the source is a table whose key
 * already makes every id unique (the memory would grow with the night for nothing).
 */
class RowScreener implements ItemProcessor<RawRow, ScreenedItem>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RowScreener.class);

	private final TransactionParser parser;

	private final Screener screener;

	private final PolicyCatalog policies;

	private final RunRepository runs;

	private final RunParameters parameters;

	private final Set<String> seenIds = ConcurrentHashMap.newKeySet();

	private final Map<String, ScreeningContext> contexts = new ConcurrentHashMap<>();

	private volatile long runId;

	private volatile Policy forcedPolicy;

	private final boolean uniqueIds;

	private final ObjectProvider<QuotaLedger> quotaLedger;

	private final List<DrawLedger> drawLedgers;

	RowScreener(TransactionParser parser, Screener screener, PolicyCatalog policies, RunRepository runs,
			RunParameters parameters, boolean uniqueIds, ObjectProvider<QuotaLedger> quotaLedger,
			List<DrawLedger> drawLedgers) {
		this.drawLedgers = List.copyOf(drawLedgers);
		this.uniqueIds = uniqueIds;
		this.quotaLedger = quotaLedger;
		this.parser = parser;
		this.screener = screener;
		this.policies = policies;
		this.runs = runs;
		this.parameters = parameters;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		this.quotaLedger.ifAvailable(QuotaLedger::forgetUncommitted);
		this.drawLedgers.forEach(DrawLedger::forgetUncommitted);
		if (this.parameters.forcedPolicy()) {
			this.forcedPolicy = this.policies.byId(this.parameters.policy())
				.orElseThrow(() -> new IllegalArgumentException("unknown policy " + this.parameters.policy()));
		}
		if (this.uniqueIds) {
			return;
		}
		this.runs.forEachScreenedId(this.runId, this.seenIds::add);
		if (!this.seenIds.isEmpty()) {
			log.info("run={} restart: {} transactions already screened in this run are kept", this.runId,
					this.seenIds.size());
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		// a worker process runs many partitions: what this one left uncommitted goes with it
		this.quotaLedger.ifAvailable(QuotaLedger::forgetUncommitted);
		this.drawLedgers.forEach(DrawLedger::forgetUncommitted);
		return null;
	}

	@Override
	public ScreenedItem process(RawRow row) {
		ParsedRow parsed = this.parser.parse(row);
		if (!parsed.isValid()) {
			return new RejectedRow(this.runId, row.origin(), parsed.transactionId(), parsed.problems());
		}
		ExportTransaction transaction = parsed.transaction();
		if (!this.uniqueIds && !this.seenIds.add(transaction.transactionId())) {
			return reject(transaction, "transaction_id",
					"duplicate transaction_id: an earlier row of this run has the same id");
		}
		Policy policy;
		try {
			policy = (this.forcedPolicy != null) ? this.forcedPolicy
					: this.policies.forOrderDate(transaction.orderDate());
		}
		catch (IllegalArgumentException ex) {
			return reject(transaction, "order_date", ex.getMessage());
		}
		ScreeningContext context = this.contexts.computeIfAbsent(policy.id(),
				(id) -> new ScreeningContext(this.runId, this.parameters.runDate(), policy));
		return new ScreeningResult(this.runId, transaction, this.screener.screen(transaction, context));
	}

	private RejectedRow reject(ExportTransaction transaction, String column, String reason) {
		String value = column.equals("order_date") ? String.valueOf(transaction.orderDate())
				: transaction.transactionId();
		return new RejectedRow(this.runId, transaction.origin(), transaction.transactionId(),
				List.of(new RowProblem(column, null, value, reason)));
	}

}
