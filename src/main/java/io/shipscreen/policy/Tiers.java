package io.shipscreen.policy;

import java.time.LocalDate;
import java.util.List;

/** The tiers of a tiered policy, tried in file order (the {@code rest} tier last). */
public record Tiers(ItemScope items, List<Tier> tiers) {

	public static final Tiers NONE = new Tiers(new ItemScope(List.of()), List.of());

	public boolean defined() {
		return !this.tiers.isEmpty();
	}

	public Tier tierOf(CountryGroups groups, String country, LocalDate date) {
		if (country == null) {
			return null;
		}
		for (Tier tier : this.tiers) {
			if (tier.contains(groups, country, date)) {
				return tier;
			}
		}
		return null;
	}

	/**
	 * The tier an entity gets: its country's, unless that tier has the headquarters test and the
	 * ultimate parent is headquartered in a country of another tier.
	 */
	public Tier effectiveTier(CountryGroups groups, String country, String parentCountry, LocalDate date) {
		Tier tier = tierOf(groups, country, date);
		if (tier != null && tier.headquartersTest() && parentCountry != null) {
			Tier parentTier = tierOf(groups, parentCountry, date);
			if (parentTier != null && parentTier != tier) {
				// Located in Tier 1 but owned from outside it: no Tier-1 treatment; the stricter of the
				// parent's tier and "every other destination" applies.
				return parentTier.rest() ? parentTier : (parentTier.ruleId() != null ? parentTier : restTier());
			}
		}
		return tier;
	}

	private Tier restTier() {
		return this.tiers.stream().filter(Tier::rest).findFirst().orElse(null);
	}

}
