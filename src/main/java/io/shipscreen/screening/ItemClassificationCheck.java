package io.shipscreen.screening;

import java.util.List;

import org.springframework.stereotype.Component;

import io.shipscreen.policy.ItemClass;
import io.shipscreen.policy.ItemClassifier;
import io.shipscreen.policy.ItemRules;
import io.shipscreen.policy.Policy;
import io.shipscreen.shared.Severity;
import io.shipscreen.transaction.ExportTransaction;

/**
 * Item classification: a probable misclassification when the declared ECCN (EAR99, 5A992.c,
 * 3A991 ...) contradicts the TPP/PD; an audit note when the ECCN was derived; a review when
 * nothing on the row or in the catalogue tells what the item is.
 */
@Component
public class ItemClassificationCheck implements Check {

	static final String MISCLASSIFIED = "ECCN-MISCLASSIFIED";

	static final String DERIVED = "ECCN-DERIVED";

	static final String UNKNOWN = "ECCN-UNKNOWN";

	private final ItemClassifier classifier;

	public ItemClassificationCheck(ItemClassifier classifier) {
		this.classifier = classifier;
	}

	@Override
	public String name() {
		return "item-classification";
	}

	@Override
	public List<Hit> check(ExportTransaction tx, ScreeningContext context) {
		Policy policy = context.policy();
		ItemClass item = this.classifier.classify(tx, policy);
		String citation = policy.items().citation();
		if (item.misclassified()) {
			return List.of(new Hit(MISCLASSIFIED, policy.id(), policy.version(), Severity.REVIEW, "eccn",
					"declared " + item.declaredEccn() + "; " + performance(item) + " meets " + item.derivedEccn() + " ("
							+ criterion(policy.items(), item) + ")",
					"Probable misclassification: the declared ECCN " + item.declaredEccn() + " contradicts "
							+ performance(item) + ", which meets " + item.derivedEccn() + "; the order is screened as "
							+ item.eccn() + " until the classification is confirmed.",
					citation));
		}
		if (item.declaredEccn() == null && item.eccn() != null && item.controlled()) {
			return List.of(new Hit(DERIVED, policy.id(), policy.version(), Severity.INFO, "eccn",
					item.eccn() + " " + item.basis() + "; " + performance(item),
					"No ECCN was declared; the item is screened as " + item.eccn() + " from " + performance(item) + ".",
					citation));
		}
		if (item.declaredEccn() == null && !item.performanceKnown() && item.catalogue() != null) {
			return List.of(new Hit(UNKNOWN, policy.id(), policy.version(), Severity.REVIEW, "eccn",
					"no eccn, no tpp_per_unit; catalogue " + item.catalogue().id() + " gives no TPP or ECCN",
					"Neither an ECCN nor a TPP is given, and the product catalogue knows " + item.catalogue().name()
							+ " but no source it cites gives its TPP, so it cannot be told whether this is a 3A090/4A090 item; classify it.",
					citation));
		}
		if (item.declaredEccn() == null && !item.performanceKnown()) {
			return List.of(new Hit(UNKNOWN, policy.id(), policy.version(), Severity.REVIEW, "eccn",
					"no eccn, no tpp_per_unit, no catalogue match for '" + tx.itemPartNumber() + "' / '"
							+ tx.itemDescription() + "'",
					"Neither an ECCN nor a TPP is given and the part is not in the product catalogue, so it cannot be told "
							+ "whether this is a 3A090/4A090 item; classify it.",
					citation));
		}
		return List.of();
	}

	static String performance(ItemClass item) {
		if (item.tppPerUnit() == null && item.catalogue() != null) {
			return "the classification of catalogue " + item.catalogue().id() + " (no TPP sourced)";
		}
		String source = (item.catalogue() != null) ? " (catalogue " + item.catalogue().id() + ")" : "";
		return "TPP " + Texts.number(item.tppPerUnit()) + ((item.pd() != null) ? " and PD " + Texts.number(item.pd()) : "")
				+ " per unit" + source;
	}

	private static String criterion(ItemRules rules, ItemClass item) {
		String base = item.derivedEccn().replaceFirst("^4A090", "3A090");
		for (ItemRules.Classification classification : rules.classification()) {
			if (classification.eccn().equals(base)) {
				for (ItemRules.Criterion criterion : classification.anyOf()) {
					if (criterion.met(item.tppPerUnit(), item.pd())) {
						return criterion.toString();
					}
				}
			}
		}
		return "catalogue classification";
	}

}
