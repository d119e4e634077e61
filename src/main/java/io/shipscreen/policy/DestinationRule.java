package io.shipscreen.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * One destination licence requirement: a country in any of {@code groups} or {@code countries},
 * and in none of {@code unlessGroups}, needs a licence for the policy's destination items, on the
 * days the rule is in force, unless the consignee is one of its {@code exemptions}.
 *
 * @param ruleId e.g. {@code DEST-D5}
 * @param label how the reason names the destination set, e.g. {@code Country Group D:5}
 * @param from first day in force, or null (as long as the policy)
 * @param until last day in force, or null
 * @param exemptions consignees the rule does not apply to, each with its own dates and citation
 */
public record DestinationRule(String ruleId, String label, List<String> groups, List<String> countries,
		List<String> unlessGroups, String citation, LocalDate from, LocalDate until, List<Exemption> exemptions) {

	public DestinationRule {
		exemptions = List.copyOf(exemptions);
	}

	/** A rule in force as long as its policy, with no exemptions. */
	public DestinationRule(String ruleId, String label, List<String> groups, List<String> countries,
			List<String> unlessGroups, String citation) {
		this(ruleId, label, groups, countries, unlessGroups, citation, null, null, List.of());
	}

	public boolean inForceOn(LocalDate date) {
		return date == null || ((this.from == null || !date.isBefore(this.from))
				&& (this.until == null || !date.isAfter(this.until)));
	}

	public boolean matches(CountryGroups groups, String country, LocalDate date) {
		if (country == null || !inForceOn(date)) {
			return false;
		}
		boolean in = this.countries.contains(groups.resolve(country)) || groups.isInAny(this.groups, country, date);
		return in && !groups.isInAny(this.unlessGroups, country, date);
	}

	/** "" for a rule as long as the policy, else " from 2026-07-10" / " until ..." for the policies command. */
	public String dates() {
		return ((this.from != null) ? " from " + this.from : "") + ((this.until != null) ? " until " + this.until : "");
	}

}
