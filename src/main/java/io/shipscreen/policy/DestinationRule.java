package io.shipscreen.policy;

import java.util.List;

/**
 * One destination licence requirement: a country in any of {@code groups} or {@code countries},
 * and in none of {@code unlessGroups}, needs a licence for the policy's destination items.
 *
 * @param ruleId e.g. {@code DEST-D5}
 * @param label how the reason names the destination set, e.g. {@code Country Group D:5}
 */
public record DestinationRule(String ruleId, String label, List<String> groups, List<String> countries,
		List<String> unlessGroups, String citation) {

	public boolean matches(CountryGroups groups, String country, java.time.LocalDate date) {
		if (country == null) {
			return false;
		}
		boolean in = this.countries.contains(groups.resolve(country)) || groups.isInAny(this.groups, country, date);
		return in && !groups.isInAny(this.unlessGroups, country, date);
	}

}
