package io.shipscreen.policy;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.shipscreen.transaction.ExportTransaction;

/**
 * Classifies an item under a policy: ECCN from the row, or derived from its TPP/PD (the row's, or
 * the catalogue's when the row omits them), with Note 2 for parts not made for data centres and
 * 4A090 for computers and assemblies. Stateless and thread-safe.
 */
@Component
public class ItemClassifier {

	private final ProductCatalogue catalogue;

	/** Several checks classify the same row in turn on one thread: keep the last answer. */
	private final ThreadLocal<Memo> last = new ThreadLocal<>();

	public ItemClassifier(ProductCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	public ItemClass classify(ExportTransaction tx, Policy policy) {
		Memo memo = this.last.get();
		if (memo != null && memo.tx() == tx && memo.policy() == policy) {
			return memo.item();
		}
		ItemClass item = compute(tx, policy);
		this.last.set(new Memo(tx, policy, item));
		return item;
	}

	private record Memo(ExportTransaction tx, Policy policy, ItemClass item) {
	}

	private ItemClass compute(ExportTransaction tx, Policy policy) {
		ItemRules rules = policy.items();
		BigDecimal tpp = tx.tppPerUnit();
		BigDecimal pd = tx.performanceDensity();
		CatalogueEntry entry = null;
		String performanceBasis = "row TPP/PD";
		if (tpp == null) {
			Optional<CatalogueEntry> found = this.catalogue.find(tx.itemPartNumber(), tx.itemDescription());
			if (found.isPresent()) {
				entry = found.get();
				tpp = entry.tpp();
				pd = (pd != null) ? pd : entry.pd();
				performanceBasis = "catalogue " + entry.id();
			}
		}
		String description = TermMatcher.normalise(tx.itemDescription());
		boolean dataCentre;
		if (entry != null) {
			dataCentre = entry.dataCentre();
		}
		else if (rules.consumerTerms().findNormalised(description).isPresent()) {
			dataCentre = false;
		}
		else if (rules.dataCentreTerms().findNormalised(description).isPresent()) {
			dataCentre = true;
		}
		else {
			dataCentre = rules.assumeDataCentre();
		}
		boolean system = rules.systemTerms().findNormalised(description).isPresent();
		String derived = null;
		if (tpp != null) {
			derived = derive(rules, tpp, pd, dataCentre);
		}
		else if (entry != null) {
			derived = entry.eccn();
		}
		if (derived != null && system) {
			derived = derived.replaceFirst("^3A090", "4A090");
		}
		String declared = EccnFormat.normalise(tx.eccn());
		ItemScope controlled = rules.controlledEccns();
		String eccn = declared;
		String basis = "declared";
		boolean misclassified = false;
		if (declared == null) {
			eccn = derived;
			basis = (derived != null) ? "derived from " + performanceBasis
					: (tpp != null) ? "below 3A090 by " + performanceBasis : "unknown";
		}
		else if (derived != null && controlled.covers(derived) && !derived.equals(declared)) {
			if (!controlled.covers(declared)) {
				// EAR99, 5A992.c, 3A991 ... for an item whose performance meets 3A090: screen it as
				// what it is; ItemClassificationCheck flags the contradiction.
				misclassified = true;
				eccn = derived;
			}
			else if (derived.startsWith(declared + ".")) {
				eccn = derived;
			}
			else if (!declared.startsWith(derived + ".")) {
				// 3A090.b declared, 3A090.a by performance: screen under the stricter paragraph.
				misclassified = true;
				eccn = (derived.compareTo(declared) < 0) ? derived : declared;
			}
			if (!eccn.equals(declared)) {
				basis = "derived from " + performanceBasis + " (declared " + declared + ")";
			}
		}
		return new ItemClass(declared, derived, eccn, basis, tpp, pd, dataCentre, entry, controlled.covers(eccn),
				misclassified);
	}

	/** The first ECCN whose criteria TPP/PD meet, after Note 2; null when none. */
	static String derive(ItemRules rules, BigDecimal tpp, BigDecimal pd, boolean dataCentre) {
		if (!dataCentre && tpp.compareTo(rules.nonDataCentreMinTpp()) < 0) {
			return null;
		}
		for (ItemRules.Classification classification : rules.classification()) {
			if (classification.met(tpp, pd)) {
				return classification.eccn();
			}
		}
		return null;
	}

}
