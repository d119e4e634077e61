package io.shipscreen.policy;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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

	/** Distinct item descriptions a run keeps classified (the least used are dropped beyond it). */
	private static final int MEMO_LIMIT = 20_000;

	/**
	 * Order books repeat the same item lines, and several checks classify each row: the class
	 * depends only on the policy and the item columns, so it is computed once per distinct item.
	 */
	private final Cache<ItemKey, ItemClass> memo = Caffeine.newBuilder().maximumSize(MEMO_LIMIT).build();

	public ItemClassifier(ProductCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	public ItemClass classify(ExportTransaction tx, Policy policy) {
		ItemKey key = new ItemKey(policy, tx.itemPartNumber(), tx.itemDescription(), tx.eccn(), tx.tppPerUnit(),
				tx.performanceDensity());
		return this.memo.get(key, (itemKey) -> compute(tx, policy));
	}

	/** Everything {@link #compute} reads; the policy by identity (comparing its rules would cost more). */
	private record ItemKey(Policy policy, String partNumber, String description, String eccn, BigDecimal tpp,
			BigDecimal pd) {

		@Override
		public boolean equals(Object other) {
			return other instanceof ItemKey key && key.policy == this.policy
					&& Objects.equals(key.partNumber, this.partNumber)
					&& Objects.equals(key.description, this.description)
					&& Objects.equals(key.eccn, this.eccn) && Objects.equals(key.tpp, this.tpp)
					&& Objects.equals(key.pd, this.pd);
		}

		@Override
		public int hashCode() {
			return Objects.hash(System.identityHashCode(this.policy), this.partNumber, this.description, this.eccn,
					this.tpp, this.pd);
		}

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
		String description = tx.itemDescription();
		boolean dataCentre;
		if (entry != null) {
			dataCentre = entry.dataCentre();
		}
		else if (rules.consumerTerms().find(description).isPresent()) {
			dataCentre = false;
		}
		else if (rules.dataCentreTerms().find(description).isPresent()) {
			dataCentre = true;
		}
		else {
			dataCentre = rules.assumeDataCentre();
		}
		boolean system = rules.systemTerms().find(description).isPresent();
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
