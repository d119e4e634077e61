package io.shipscreen.screening;

import java.time.LocalDate;

import io.shipscreen.policy.CountryGroups;
import io.shipscreen.policy.Policy;
import io.shipscreen.policy.Tier;
import io.shipscreen.policy.Tiers;
import io.shipscreen.transaction.ExportTransaction;

/**
 * The strictest tier with a rule among the ultimate consignee, end user and ship-to country of a
 * row, under a tiered policy; an entity located in a tier with the headquarters test (Tier 1)
 * whose ultimate parent is headquartered elsewhere gets the parent's treatment.
 *
 * @param tier the tier, never one without a rule
 * @param where the country that put the row there
 * @param lostTier true when the headquarters test moved the entity out of its country's tier
 */
record TierAssessment(Tier tier, PartyCountry where, boolean lostTier) {

	/** The assessment, or null when no tier with a rule applies (Tier 1, or no tiers). */
	static TierAssessment of(ExportTransaction tx, Policy policy) {
		Tiers tiers = policy.tiers();
		if (!tiers.defined()) {
			return null;
		}
		CountryGroups groups = policy.groups();
		LocalDate date = tx.orderDate();
		String parent = Texts.blank(tx.endUserParentCountry()) ? null : tx.endUserParentCountry();
		Tier worst = null;
		PartyCountry where = null;
		for (PartyCountry pc : PartyCountry.destinations(tx)) {
			if (pc.party().equals("intermediate_consignee")) {
				continue;
			}
			boolean entity = !pc.party().equals("ship_to");
			Tier tier = entity ? tiers.effectiveTier(groups, pc.country(), parent, date)
					: tiers.tierOf(groups, pc.country(), date);
			if (tier != null && tier.ruleId() != null
					&& (worst == null || tiers.tiers().indexOf(tier) < tiers.tiers().indexOf(worst))) {
				worst = tier;
				where = pc;
			}
		}
		if (worst == null) {
			return null;
		}
		return new TierAssessment(worst, where, !worst.contains(groups, where.country(), date));
	}

	/** The destination country the tier is charged to (Hong Kong as China). */
	String country(Policy policy) {
		return policy.groups().resolve(this.where.country());
	}

}
