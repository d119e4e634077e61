package io.shipscreen.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The country groups a policy uses (Supp. No. 1 to 15 CFR Part 740, tiers, ...), with
 * date-bounded memberships and aliases such as Hong Kong → China. Immutable; look-ups are map
 * reads.
 */
public final class CountryGroups {

	private final Map<String, Map<String, List<Membership>>> groups;

	private final Map<String, String> treatAs;

	public CountryGroups(Map<String, List<Membership>> groups, Map<String, String> treatAs) {
		Map<String, Map<String, List<Membership>>> byGroup = new LinkedHashMap<>();
		groups.forEach((group, members) -> {
			Map<String, List<Membership>> byCountry = new LinkedHashMap<>();
			members.forEach((m) -> byCountry.computeIfAbsent(m.country(), (c) -> new ArrayList<>()).add(m));
			byCountry.replaceAll((c, list) -> List.copyOf(list));
			byGroup.put(group, Collections.unmodifiableMap(byCountry));
		});
		this.groups = Collections.unmodifiableMap(byGroup);
		this.treatAs = Map.copyOf(treatAs);
	}

	public boolean defines(String group) {
		return this.groups.containsKey(group);
	}

	/** The country the EAR treats {@code country} as (HK → CN), or itself. */
	public String resolve(String country) {
		return (country == null) ? null : this.treatAs.getOrDefault(country, country);
	}

	/** True when {@code country} (after aliases) is in {@code group} on {@code date}. */
	public boolean isIn(String group, String country, LocalDate date) {
		if (country == null) {
			return false;
		}
		Map<String, List<Membership>> members = this.groups.get(group);
		if (members == null) {
			return false;
		}
		List<Membership> memberships = members.get(resolve(country));
		if (memberships == null) {
			return false;
		}
		for (Membership membership : memberships) {
			if (date == null || membership.on(date)) {
				return true;
			}
		}
		return false;
	}

	/** True when the country is in any of {@code groups} on {@code date}. */
	public boolean isInAny(List<String> groups, String country, LocalDate date) {
		for (String group : groups) {
			if (isIn(group, country, date)) {
				return true;
			}
		}
		return false;
	}

	/** The groups (in file order) that hold {@code country} on {@code date}. */
	public List<String> groupsOf(String country, LocalDate date) {
		List<String> found = new ArrayList<>();
		for (String group : this.groups.keySet()) {
			if (isIn(group, country, date)) {
				found.add(group);
			}
		}
		return found;
	}

	/** The countries with a date-bounded membership in any group, in file order. */
	public List<String> datedCountries() {
		java.util.Set<String> countries = new java.util.LinkedHashSet<>();
		this.groups.values()
			.forEach((members) -> members.forEach((country, list) -> {
				if (list.stream().anyMatch((m) -> m.from() != null || m.until() != null)) {
					countries.add(country);
				}
			}));
		return List.copyOf(countries);
	}

	/** Every date-bounded membership, for the {@code policies} command and the README. */
	public List<String> datedChanges() {
		List<String> changes = new ArrayList<>();
		this.groups.forEach((group, members) -> members.values()
			.forEach((list) -> list.stream().filter((m) -> m.from() != null || m.until() != null).forEach((m) -> {
				String range = ((m.from() != null) ? "from " + m.from() : "") + ((m.from() != null && m.until() != null) ? " " : "")
						+ ((m.until() != null) ? "until " + m.until() : "");
				changes.add(m.country() + " in " + group + " " + range + ((m.note() != null) ? " (" + m.note() + ")" : ""));
			})));
		return changes;
	}

}
