package io.shipscreen.screening;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import io.shipscreen.policy.Policy;
import io.shipscreen.shared.Severity;
import io.shipscreen.transaction.ExportTransaction;

/**
 * Runs every {@link Check} on a transaction under the policy that applies to it, and folds the
 * hits into CLEAR / REVIEW / HOLD. A check that throws on a row never clears it: the row is
 * held with a {@code CHECK-ERROR} hit so a human screens it, and the night goes on.
 */
@Component
public class Screener {

	private static final Logger log = LoggerFactory.getLogger(Screener.class);

	private final List<Check> checks;

	public Screener(List<Check> checks, ScreeningProperties properties) {
		this.checks = properties.passThrough() ? List.of() : List.copyOf(checks);
		if (properties.passThrough()) {
			log.warn("shipscreen.screening.pass-through=true: NO CHECK RUNS, every row is CLEAR (benchmark baseline)");
		}
	}

	public ScreeningOutcome screen(ExportTransaction transaction, ScreeningContext context) {
		List<Hit> hits = new ArrayList<>();
		for (Check check : this.checks) {
			try {
				hits.addAll(check.check(transaction, context));
			}
			catch (RuntimeException ex) {
				log.warn("check={} transaction={} origin='{}' failed: {}", check.name(), transaction.transactionId(),
						transaction.origin(), ex.toString(), ex);
				hits.add(checkError(check, context.policy(), ex));
			}
		}
		Policy policy = context.policy();
		String group = destinationGroup(policy, transaction);
		return ScreeningOutcome.of(policy, group, hits);
	}

	/** The consignee country's group as it stood on the order date (Cambodia left D:5 mid-2025). */
	private static String destinationGroup(Policy policy, ExportTransaction transaction) {
		try {
			return policy.destinationGroup(transaction.ultimateConsignee().country(), transaction.orderDate());
		}
		catch (RuntimeException ex) {
			return "unknown";
		}
	}

	private static Hit checkError(Check check, Policy policy, RuntimeException ex) {
		return new Hit("CHECK-ERROR", policy.id(), policy.version(), Severity.HOLD, null, ex.toString(),
				"The " + check.name() + " check could not screen this row, so it must be screened by hand.", null);
	}

	public List<String> checkNames() {
		return this.checks.stream().map(Check::name).toList();
	}

}
