package io.shipscreen.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * A licence requirement for named parts or part families whatever their ECCN, e.g. the
 * "is-informed" letters of April 2025 for NVIDIA H20 / AMD MI308-class chips to China (incl.
 * Hong Kong and Macau), D:5 and entities headquartered there, although they are below 3A090.
 *
 * @param parts catalogue part ids ({@code config/catalogue/chips.yml})
 * @param families catalogue families ({@code family:} of a part)
 * @param from first day in force
 * @param until last day in force, or null
 * @param groups, countries the destinations (party countries, after treat-as: Hong Kong is China)
 * @param headquarters true when a party whose ultimate parent is headquartered there is caught too
 * @param severity HOLD or REVIEW when no licence is recorded
 */
public record PartRule(String ruleId, String label, List<String> parts, List<String> families, LocalDate from,
		LocalDate until, List<String> groups, List<String> countries, boolean headquarters, Level severity,
		String citation) {

	public boolean inForceOn(LocalDate date) {
		return !date.isBefore(this.from) && (this.until == null || !date.isAfter(this.until));
	}

	public boolean covers(CatalogueEntry entry) {
		return entry != null && (this.parts.contains(entry.id())
				|| (entry.family() != null && this.families.contains(entry.family())));
	}

	public boolean destination(CountryGroups groups, String country, LocalDate date) {
		return country != null && (this.countries.contains(groups.resolve(country))
				|| groups.isInAny(this.groups, country, date));
	}

}
