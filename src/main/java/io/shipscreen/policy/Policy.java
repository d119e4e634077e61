package io.shipscreen.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A versioned export-control policy loaded from {@code config/policies/*.yml}: its dates, country
 * groups, item classification, licence requirements and exceptions, quotas and word lists. The
 * checks read everything they decide from here, so a compliance officer changes a rule by
 * editing the file, not the code. Immutable.
 *
 * @param selectableByDate false for what-if policies (never enforced): used only with {@code --policy}
 * @param file the file it was loaded from, as configured
 * @param sha256 the file's content hash, for the run facts
 * @param citations short name → FR/CFR citation
 * @param partRules licence requirements for named parts or families ({@code part-rules:})
 */
public record Policy(String id, String version, String title, LocalDate effectiveFrom, LocalDate effectiveTo,
		boolean selectableByDate, String summary, String file, String sha256, Map<String, String> citations,
		CountryGroups groups, ItemRules items, DestinationRules destination, EmbargoRules embargo, Tiers tiers,
		Map<String, LicenceException> licenceExceptions, QuotaRules quotas, AscendRules ascend, EndUseRules endUse,
		DiversionRules diversion, List<PartRule> partRules) {

	/** True when an order dated {@code date} falls in this policy's effective range. */
	public boolean appliesOn(LocalDate date) {
		return this.selectableByDate && covers(date);
	}

	/** True when {@code date} is within the effective range, what-if or not. */
	public boolean covers(LocalDate date) {
		return !date.isBefore(this.effectiveFrom) && (this.effectiveTo == null || !date.isAfter(this.effectiveTo));
	}

	/** "2025-05-13 → 2025-12-31" or "2025-05-13 →". */
	public String effectiveRange() {
		return this.effectiveFrom + " → " + ((this.effectiveTo != null) ? this.effectiveTo : "");
	}

	/**
	 * A short label for summary counts, as the groups stand at the end of the policy's range
	 * (today's groups for an open-ended policy): {@code Tier 2} under a tiered policy, else the
	 * strictest of {@code E:1}, {@code E:2}, {@code D:5}, {@code Macau}, the D groups not cancelled
	 * by A:5/A:6 (e.g. {@code D:1 D:4}), {@code A:5}, {@code A:6}, or {@code other}.
	 */
	public String destinationGroup(String countryAlpha2) {
		return destinationGroup(countryAlpha2, (this.effectiveTo != null) ? this.effectiveTo : LocalDate.MAX);
	}

	/** {@link #destinationGroup(String)} on a given date (null = latest). */
	public String destinationGroup(String countryAlpha2, LocalDate date) {
		if (countryAlpha2 == null || countryAlpha2.isBlank()) {
			return "unknown";
		}
		String country = countryAlpha2.toUpperCase(java.util.Locale.ROOT);
		if (date == null) {
			date = LocalDate.MAX;
		}
		if (this.tiers.defined()) {
			Tier tier = this.tiers.tierOf(this.groups, country, date);
			if (tier != null) {
				return tier.label();
			}
		}
		for (EmbargoRules.EmbargoGroup embargo : this.embargo.groups()) {
			if (this.groups.isIn(embargo.group(), country, date)) {
				return embargo.group();
			}
		}
		if (this.groups.isIn("D:5", country, date)) {
			return "D:5";
		}
		if ("MO".equals(this.groups.resolve(country))) {
			return "Macau";
		}
		boolean exempt = this.groups.isIn("A:5", country, date) || this.groups.isIn("A:6", country, date);
		List<String> dGroups = new ArrayList<>();
		for (String group : List.of("D:1", "D:3", "D:4")) {
			if (this.groups.isIn(group, country, date)) {
				dGroups.add(group);
			}
		}
		if (!dGroups.isEmpty() && !exempt) {
			return String.join(" ", dGroups);
		}
		if (this.groups.isIn("A:5", country, date)) {
			return "A:5";
		}
		if (this.groups.isIn("A:6", country, date)) {
			return "A:6";
		}
		return "other";
	}

	/** One line per rule family this policy checks, for the {@code policies} command. */
	public List<String> describeChecks() {
		return describeChecks(null);
	}

	/**
	 * One line per rule this policy checks on {@code date} (every rule, with its dates, when null):
	 * what {@code policies --date=yyyy-MM-dd} prints, so an officer sees which rules an order of
	 * that day is screened under.
	 */
	public List<String> describeChecks(LocalDate date) {
		List<String> lines = new ArrayList<>();
		lines.add("items: " + this.items.classification().stream().map((c) -> c.eccn()).toList()
				+ " derived from TPP/PD; advanced-computing items " + this.items.controlledEccns());
		String destinationItems = this.destination.items().equals(this.items.controlledEccns()) ? "advanced-computing items"
				: this.destination.items().toString();
		for (DestinationRule rule : this.destination.rules()) {
			if (date != null && !rule.inForceOn(date)) {
				continue;
			}
			lines.add(rule.ruleId() + ": licence for " + destinationItems + " to " + rule.label()
					+ ((date == null) ? rule.dates() : ""));
			for (Exemption exemption : rule.exemptions()) {
				if (date == null || exemption.inForceOn(date)) {
					lines.add("  exempt: " + exemption.name() + (exemption.subsidiaries() ? " and its subsidiaries" : "")
							+ ((exemption.parentCountry() != null) ? " (parent in " + exemption.parentCountry() + ")" : "")
							+ " " + exemption.range() + " (" + exemption.citation() + ")");
				}
			}
		}
		if (this.destination.headquarters() != null) {
			lines.add(this.destination.headquarters().ruleId() + ": licence for entities whose ultimate parent is in "
					+ this.destination.headquarters().label() + " (parents of "
					+ String.join(", ", this.destination.headquartersParties().keySet()) + ")");
		}
		for (PartRule rule : this.partRules) {
			if (date != null && !rule.inForceOn(date)) {
				continue;
			}
			List<String> where = new ArrayList<>(rule.groups());
			where.addAll(rule.countries());
			List<String> what = new ArrayList<>(rule.parts());
			rule.families().forEach((family) -> what.add("family " + family));
			lines.add(rule.ruleId() + ": licence (" + rule.severity() + " without) for " + String.join(", ", what) + " to "
					+ String.join("/", where) + (rule.headquarters() ? " and entities headquartered there" : "") + ", "
					+ rule.label() + ((date == null) ? " from " + rule.from()
							+ ((rule.until() != null) ? " until " + rule.until() : "") : ""));
		}
		this.destination.reviewNotes()
			.stream()
			.filter((note) -> date == null || !date.isBefore(note.from()))
			.forEach((note) -> lines.add("note: " + note.text()));
		this.embargo.groups().forEach((g) -> lines.add(g.ruleId() + ": any item to " + g.group()));
		this.embargo.regions().forEach((r) -> lines.add("EMBARGO-REGION: any item to " + r.name()));
		for (Tier tier : this.tiers.tiers()) {
			if (tier.ruleId() != null) {
				lines.add(tier.ruleId() + ": " + this.tiers.items() + " to " + tier.label() + " (" + tier.severity() + ")");
			}
		}
		this.licenceExceptions.values()
			.stream()
			.filter((e) -> !e.covers().isEmpty())
			.forEach((e) -> lines.add("licence exception " + e.code() + " clears " + e.covers()
					+ (e.items().isEmpty() ? "" : " for " + e.items())));
		if (this.quotas.lpp() != null) {
			lines.add(this.quotas.lpp().ruleId() + ": " + String.format(java.util.Locale.ENGLISH, "%,d", this.quotas.lpp().limit().longValue())
					+ " TPP per ultimate consignee per calendar year");
		}
		if (this.quotas.countryAllocation() != null) {
			QuotaRules.Quota q = this.quotas.countryAllocation();
			lines.add(q.ruleId() + ": " + String.format(java.util.Locale.ENGLISH, "%,d", q.limit().longValue()) + " TPP per country "
					+ q.firstYear() + "-" + q.lastYear() + " (" + this.quotas.agreements().size() + " agreements, "
					+ this.quotas.validatedEndUsers().size() + " validated end users)");
		}
		if (this.ascend.enabled()) {
			lines.add("ASCEND-GP10: PRC-designed 3A090-level ICs (Huawei Ascend ...)");
		}
		if (this.endUse.enabled()) {
			lines.add("ENDUSE-AI-TRAINING, ENDUSE-MILITARY, ENDUSE-IAAS, ENDUSE-MISSING: end-use statement");
		}
		if (this.diversion.enabled()) {
			lines.add("DIVERSION-*: forwarder, transshipment, payment, new customer, volume, address, parent red flags");
		}
		if (date == null) {
			this.groups.datedChanges().forEach((change) -> lines.add("dated: " + change));
		}
		else {
			this.groups.datedCountries()
				.forEach((country) -> lines.add("on " + date + ": " + country + " in " + this.groups.groupsOf(country, date)));
		}
		return lines;
	}

}
