package io.shipscreen.policy;

import java.math.BigDecimal;

/**
 * What an item is under a policy.
 *
 * @param declaredEccn the row's ECCN, normalised, or null when blank
 * @param derivedEccn the ECCN its TPP/PD give (null when below 3A090 or unknown)
 * @param eccn the ECCN the checks use: the declared one, unless the performance shows a
 * controlled item that the declaration misses
 * @param basis how {@code eccn} was found: {@code declared}, {@code derived from row TPP/PD},
 * {@code derived from catalogue <id>} ...
 * @param tppPerUnit TPP per unit from the row or the catalogue, or null
 * @param pd performance density from the row or the catalogue, or null
 * @param dataCentre designed or marketed for data centres (as far as known)
 * @param catalogue the catalogue entry used, or null
 * @param controlled an advanced-computing item (3A090, 4A090, .z)
 * @param misclassified the declared ECCN contradicts the performance (EAR99 for a 3A090.a part,
 * 3A090.b for a 3A090.a part)
 */
public record ItemClass(String declaredEccn, String derivedEccn, String eccn, String basis, BigDecimal tppPerUnit,
		BigDecimal pd, boolean dataCentre, CatalogueEntry catalogue, boolean controlled, boolean misclassified) {

	public boolean performanceKnown() {
		return this.tppPerUnit != null;
	}

	/** TPP of the whole line, or null when unknown. */
	public BigDecimal totalTpp(long quantity) {
		return (this.tppPerUnit != null) ? this.tppPerUnit.multiply(BigDecimal.valueOf(quantity)) : null;
	}

}
