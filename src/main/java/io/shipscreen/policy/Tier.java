package io.shipscreen.policy;

import java.util.List;


/**
 * One tier of a tiered framework (the AI Diffusion rule's Tier 1/2/3).
 *
 * @param rest true for "every other destination"
 * @param ruleId the hit raised for in-scope items to this tier without a licence, or null
 * @param headquartersTest true when the tier's treatment is lost by an entity whose ultimate
 * parent is headquartered outside the tier (AIA, 15 CFR 740.27(a))
 */
public record Tier(String id, String label, List<String> groups, List<String> countries, boolean rest,
		String ruleId, Level severity, boolean headquartersTest, String citation) {

	public boolean contains(CountryGroups countryGroups, String country, java.time.LocalDate date) {
		return this.rest || this.countries.contains(countryGroups.resolve(country))
				|| countryGroups.isInAny(this.groups, country, date);
	}

}
