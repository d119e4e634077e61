package io.shipscreen.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.shipscreen.parties.NameNormalizer;
import io.shipscreen.policy.ItemClassifier;
import io.shipscreen.policy.Policy;
import io.shipscreen.policy.PolicyFixtures;
import io.shipscreen.shared.Decision;
import io.shipscreen.shared.Severity;
import io.shipscreen.transaction.ExportTransaction;

/** Every rule check of this feature, wired as the application does, over one H2 ledger. */
final class AllChecks {

	private final List<Check> checks;

	private final JdbcQuotaLedger ledger;

	AllChecks() {
		ItemClassifier classifier = PolicyFixtures.classifier();
		this.ledger = new LedgerDatabase().newProcess();
		LicenceResolver licences = new LicenceResolver();
		this.checks = List.of(new DestinationCheck(classifier, licences,
				new ExemptConsignees(new NameNormalizer())), new ItemClassificationCheck(classifier),
				new AscendGuidanceCheck(classifier), new EndUseCheck(classifier),
				new DiversionCheck(classifier, new CustomerHistory(1000)), new QuotaCheck(classifier, this.ledger),
				new PartRuleCheck(classifier, PolicyFixtures.products(), licences));
	}

	/** Screens and persists the row's charges, as the job's processor and writer would. */
	Outcome screen(ExportTransaction tx, Policy policy) {
		ScreeningContext context = new ScreeningContext(1, LocalDate.of(2026, 3, 3), policy);
		List<Hit> hits = new ArrayList<>();
		this.checks.forEach((check) -> hits.addAll(check.check(tx, context)));
		this.ledger.persist(1, tx.transactionId(), tx.orderDate(),
				hits.stream().map(Hit::charge).filter(java.util.Objects::nonNull).toList());
		return new Outcome(hits);
	}

	record Outcome(List<Hit> hits) {

		Decision decision() {
			return this.hits.stream().map(Hit::severity).max(Enum::compareTo).orElse(Severity.INFO).decision();
		}

		/** The rule ids that flag (REVIEW/HOLD), in order. */
		List<String> flags() {
			return this.hits.stream().filter((h) -> h.severity() != Severity.INFO).map(Hit::ruleId).toList();
		}

		List<String> rules() {
			return this.hits.stream().map(Hit::ruleId).toList();
		}

		@Override
		public String toString() {
			return decision() + " " + this.hits.stream().map((h) -> h.ruleId() + ":" + h.severity()).toList();
		}

	}

}
