package io.shipscreen.screening;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.shipscreen.policy.AscendRules;
import io.shipscreen.policy.ItemClass;
import io.shipscreen.policy.ItemClassifier;
import io.shipscreen.policy.Policy;
import io.shipscreen.policy.TermMatcher;
import io.shipscreen.shared.Severity;
import io.shipscreen.transaction.ExportTransaction;

/**
 * The BIS guidance of 13 May 2025 on General Prohibition 10: dealing in PRC-designed advanced
 * ICs that meet 3A090 (Huawei Ascend 910B/C/D named) risks enforcement. HOLD when the item is
 * one (named part, or a PRC designer's 3A090-level part); REVIEW under the technical-analysis
 * carve-out, for a PRC designer's part of unknown performance, or when the end use mentions them.
 */
@Component
public class AscendGuidanceCheck implements Check {

	static final String RULE = "ASCEND-GP10";

	private final ItemClassifier classifier;

	public AscendGuidanceCheck(ItemClassifier classifier) {
		this.classifier = classifier;
	}

	@Override
	public String name() {
		return "ascend-guidance";
	}

	@Override
	public List<Hit> check(ExportTransaction tx, ScreeningContext context) {
		Policy policy = context.policy();
		AscendRules rules = policy.ascend();
		if (!rules.enabled()) {
			return List.of();
		}
		String description = tx.itemDescription();
		Optional<String> named = named(rules, tx.itemPartNumber(), description);
		Optional<String> designer = rules.designers().find(tx.manufacturer())
			.or(() -> rules.designers().find(description));
		String endUse = tx.endUse();
		Optional<String> carveOut = rules.technicalAnalysisTerms().find(endUse);
		if (named.isPresent() || designer.isPresent()) {
			ItemClass item = this.classifier.classify(tx, policy);
			boolean caught = named.isPresent() || item.controlled();
			if (caught) {
				String what = named.map((n) -> "'" + n + "' in the item").orElseGet(() -> "designer '" + designer.get() + "'")
						+ "; " + DestinationCheck.itemEvidence(item);
				if (carveOut.isPresent()) {
					return List.of(hit(policy, Severity.REVIEW, "item_description", what + "; end use '" + carveOut.get() + "'",
							"A PRC-designed advanced IC (" + label(named, designer) + ") is acquired for technical analysis ('"
									+ carveOut.get() + "'), which BIS said it will not pursue under GP10: confirm and document that this is its sole use."));
				}
				return List.of(hit(policy, Severity.HOLD, "item_description", what,
						"A PRC-designed advanced IC meeting 3A090 (" + label(named, designer)
								+ ") was likely produced in breach of the EAR: buying, selling, transferring, financing or servicing it risks General Prohibition 10."));
			}
			if (!item.performanceKnown() && item.eccn() == null) {
				return List.of(hit(policy, Severity.REVIEW, "manufacturer",
						"designer '" + designer.get() + "'; no ECCN or TPP",
						"A part designed by " + designer.get()
								+ " of unknown performance: if it meets 3A090, dealing in it risks General Prohibition 10; establish its TPP."));
			}
		}
		Optional<String> inEndUse = rules.endUseTerms().find(endUse);
		if (inEndUse.isPresent() && carveOut.isEmpty()) {
			return List.of(hit(policy, Severity.REVIEW, "end_use", "'" + inEndUse.get() + "' in end_use \"" + tx.endUse() + "\"",
					"The end-use statement mentions '" + inEndUse.get()
							+ "': items used with or servicing PRC-designed advanced ICs may engage General Prohibition 10; ask what the cluster is."));
		}
		return List.of();
	}

	private static Optional<String> named(AscendRules rules, String partNumber, String description) {
		Optional<String> part = rules.partPatterns().firstMatch(partNumber, description);
		if (part.isPresent()) {
			return part;
		}
		return rules.descriptionTerms().find(description);
	}

	private static String label(Optional<String> named, Optional<String> designer) {
		return named.orElseGet(() -> "designed by " + designer.orElse("a PRC company"));
	}

	private static Hit hit(Policy policy, Severity severity, String field, String evidence, String reason) {
		return new Hit(RULE, policy.id(), policy.version(), severity, field, evidence, reason, policy.ascend().citation());
	}

}
