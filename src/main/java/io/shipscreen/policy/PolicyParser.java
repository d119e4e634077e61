package io.shipscreen.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.Node;


/**
 * Turns one composed policy file into a {@link Policy}, checking every value and every reference
 * (citations, groups, rule ids) so that a mistake fails the start with its file and line.
 */
final class PolicyParser {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

	private static final Pattern RULE_ID = Pattern.compile("[A-Z0-9][A-Z0-9-]*");

	private static final Pattern ECCN = Pattern.compile("(?i)EAR99|[0-9][A-E][0-9]{3}(\\.[a-z0-9]+)*");

	private static final Set<String> PARTIES = Set.of("ultimate_consignee", "end_user", "ship_to", "intermediate_consignee");

	/** The parties whose ultimate parent's headquarters the input gives (CONTRACT.md §1). */
	private static final List<String> PARENT_PARTIES = List.of("end_user", "ultimate_consignee", "purchaser");

	private final String file;

	private final String sha256;

	private Map<String, String> citations;

	private CountryGroups groups;

	private final Set<String> catalogueParts;

	private final Set<String> catalogueFamilies;

	/**
	 * @param catalogueParts the product catalogue's part ids, which {@code part-rules} may name
	 * @param catalogueFamilies the catalogue's families, likewise
	 */
	PolicyParser(String file, String sha256, Set<String> catalogueParts, Set<String> catalogueFamilies) {
		this.file = file;
		this.sha256 = sha256;
		this.catalogueParts = catalogueParts;
		this.catalogueFamilies = catalogueFamilies;
	}

	Policy parse(Node root) {
		YamlNode doc = new YamlNode(this.file, "", root);
		if (!doc.isMapping()) {
			throw doc.error("a policy file is a section of 'key: value' lines starting with 'id:'");
		}
		String id = doc.string("id");
		if (!ID.matcher(id).matches()) {
			throw doc.get("id").error("id '" + id + "' must be lower case letters, digits and '-'");
		}
		String version = doc.string("version");
		String title = doc.string("title");
		String status = doc.string("status");
		boolean selectable = switch (status) {
			case "enforced" -> true;
			case "what-if" -> false;
			default -> throw doc.get("status").error("'" + status + "' must be 'enforced' or 'what-if'");
		};
		LocalDate from = doc.date("effective-from");
		LocalDate to = doc.date("effective-to", null);
		if (to != null && to.isBefore(from)) {
			throw doc.get("effective-to").error(to + " is before effective-from " + from);
		}
		String summary = doc.string("summary", "");
		this.citations = citations(doc.get("citations"));
		this.groups = countryGroups(doc.get("country-groups"), doc.getOrNull("treat-as"));
		ItemRules items = items(doc.get("items"));
		DestinationRules destination = destination(doc.get("destination"));
		EmbargoRules embargo = embargo(doc.get("embargo"));
		Tiers tiers = doc.has("tiers") ? tiers(doc.get("tiers")) : Tiers.NONE;
		Set<String> requirementRules = new HashSet<>();
		destination.rules().forEach((r) -> requirementRules.add(r.ruleId()));
		if (destination.headquarters() != null) {
			requirementRules.add(destination.headquarters().ruleId());
		}
		tiers.tiers().stream().filter((t) -> t.ruleId() != null).forEach((t) -> requirementRules.add(t.ruleId()));
		List<PartRule> partRules = doc.has("part-rules") ? partRules(doc.get("part-rules"), requirementRules) : List.of();
		partRules.forEach((r) -> requirementRules.add(r.ruleId()));
		QuotaRules quotas = doc.has("quotas") ? quotas(doc.get("quotas")) : QuotaRules.NONE;
		Map<String, LicenceException> exceptions = exceptions(doc.get("licence-exceptions"), requirementRules, quotas);
		AscendRules ascend = doc.has("ascend") ? ascend(doc.get("ascend")) : AscendRules.NONE;
		EndUseRules endUse = doc.has("end-use") ? endUse(doc.get("end-use"), tiers) : EndUseRules.NONE;
		DiversionRules diversion = doc.has("diversion") ? diversion(doc.get("diversion")) : DiversionRules.NONE;
		doc.rejectUnknownKeys();
		return new Policy(id, version, title, from, to, selectable, summary, this.file, this.sha256, this.citations,
				this.groups, items, destination, embargo, tiers, exceptions, quotas, ascend, endUse, diversion, partRules);
	}

	private Map<String, String> citations(YamlNode node) {
		Map<String, String> citations = new LinkedHashMap<>();
		for (String key : node.keys()) {
			citations.put(key, node.string(key));
		}
		return Collections.unmodifiableMap(citations);
	}

	/** A citation key used by a rule; must be defined under {@code citations:}. */
	private String citation(YamlNode node, String key) {
		String name = node.string(key);
		if (!this.citations.containsKey(name)) {
			throw node.get(key).error("citation '" + name + "' is not defined under 'citations:'");
		}
		return this.citations.get(name);
	}

	private CountryGroups countryGroups(YamlNode node, YamlNode treatAsNode) {
		Map<String, List<Membership>> groups = new LinkedHashMap<>();
		for (String group : node.keys()) {
			List<Membership> members = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (YamlNode item : node.get(group).asList()) {
				Membership membership;
				if (item.isScalar()) {
					membership = new Membership(item.asCountry(), null, null, null);
				}
				else {
					membership = new Membership(item.country("country"), item.date("from", null), item.date("until", null),
							item.string("note", null));
					if (membership.from() != null && membership.until() != null
							&& membership.until().isBefore(membership.from())) {
						throw item.get("until").error("until " + membership.until() + " is before from " + membership.from());
					}
					item.rejectUnknownKeys();
				}
				if (!seen.add(membership.country())) {
					throw item.error(membership.country() + " is listed twice in " + group);
				}
				members.add(membership);
			}
			groups.put(group, members);
		}
		Map<String, String> treatAs = new LinkedHashMap<>();
		if (treatAsNode != null) {
			for (String key : treatAsNode.keys()) {
				String from = key.toUpperCase(Locale.ROOT);
				if (!Set.of(Locale.getISOCountries()).contains(from)) {
					throw treatAsNode.get(key).error("'" + key + "' is not an ISO 3166-1 alpha-2 country code");
				}
				treatAs.put(from, treatAsNode.country(key));
			}
		}
		return new CountryGroups(groups, treatAs);
	}

	private List<String> groupRefs(YamlNode node, String key) {
		List<String> refs = new ArrayList<>();
		for (YamlNode item : node.list(key)) {
			String group = item.asString();
			if (!this.groups.defines(group)) {
				throw item.error("country group '" + group + "' is not defined under 'country-groups:'");
			}
			refs.add(group);
		}
		return refs;
	}

	private ItemScope itemScope(YamlNode node, String key) {
		List<String> prefixes = new ArrayList<>();
		for (YamlNode item : node.get(key).asList()) {
			prefixes.add(eccn(item));
		}
		return new ItemScope(List.copyOf(prefixes));
	}

	private static String eccn(YamlNode item) {
		String value = item.asString();
		if (!ECCN.matcher(value).matches()) {
			throw item.error("'" + value + "' is not an ECCN (e.g. 3A090.a, 4A090, 5A992.z)");
		}
		return EccnFormat.normalise(value);
	}

	private ItemRules items(YamlNode node) {
		List<ItemRules.Classification> classification = new ArrayList<>();
		for (YamlNode entry : node.get("classification").asList()) {
			String eccn = eccn(entry.get("eccn"));
			List<ItemRules.Criterion> anyOf = new ArrayList<>();
			for (YamlNode criterion : entry.get("any-of").asList()) {
				ItemRules.Criterion c = new ItemRules.Criterion(criterion.decimal("tpp-min", null),
						criterion.decimal("tpp-below", null), criterion.decimal("pd-min", null),
						criterion.decimal("pd-below", null));
				criterion.rejectUnknownKeys();
				if (c.tppMin() == null) {
					throw criterion.error("a criterion needs tpp-min");
				}
				anyOf.add(c);
			}
			entry.rejectUnknownKeys();
			classification.add(new ItemRules.Classification(eccn, List.copyOf(anyOf)));
		}
		if (classification.isEmpty()) {
			throw node.get("classification").error("at least one ECCN with its criteria is needed");
		}
		ItemRules rules = new ItemRules(List.copyOf(classification), node.decimal("non-data-centre-min-tpp"),
				new TermMatcher(node.terms("system-terms")), new TermMatcher(node.terms("data-centre-terms")),
				new TermMatcher(node.terms("consumer-terms")), node.bool("assume-data-centre", true),
				itemScope(node, "controlled"), citation(node, "citation"));
		node.rejectUnknownKeys();
		return rules;
	}

	private DestinationRule destinationRule(YamlNode node) {
		String ruleId = ruleId(node, "rule");
		LocalDate from = node.date("from", null);
		LocalDate until = node.date("until", null);
		if (from != null && until != null && until.isBefore(from)) {
			throw node.get("until").error("until " + until + " is before from " + from);
		}
		List<Exemption> exemptions = new ArrayList<>();
		for (YamlNode entry : node.list("exempt-consignees")) {
			exemptions.add(exemption(entry, ruleId));
		}
		DestinationRule rule = new DestinationRule(ruleId, node.string("label"), groupRefs(node, "groups"),
				node.countries("countries"), groupRefs(node, "unless-groups"), citation(node, "citation"), from, until,
				exemptions);
		if (rule.groups().isEmpty() && rule.countries().isEmpty()) {
			throw node.error("rule " + ruleId + " needs groups or countries");
		}
		node.rejectUnknownKeys();
		return rule;
	}

	/**
	 * One exempt consignee. Each needs its own citation and an explicit {@code until} (a date, or
	 * {@code open} where the rule sets none): an approved entity's licence-free status lapses
	 * unless renewed, and a forgotten date must not exempt it for ever.
	 */
	private Exemption exemption(YamlNode entry, String ruleId) {
		if (!entry.isMapping()) {
			throw entry.error("an exempt consignee is a section: {name: ..., until: yyyy-MM-dd or open, citation: ...}");
		}
		String name = entry.string("name");
		if (!entry.has("until")) {
			throw entry.error("exempt consignee '" + name + "' of " + ruleId
					+ " needs 'until:' (its last exempt day, or 'open' when the rule sets no end date)");
		}
		if (!entry.has("citation")) {
			throw entry.error("exempt consignee '" + name + "' of " + ruleId + " needs 'citation:' (the text that exempts it)");
		}
		LocalDate until = "open".equalsIgnoreCase(entry.string("until")) ? null : entry.date("until");
		LocalDate from = entry.date("from", null);
		if (from != null && until != null && until.isBefore(from)) {
			throw entry.get("until").error("until " + until + " is before from " + from);
		}
		List<String> aliases = entry.terms("aliases");
		boolean subsidiaries = entry.bool("subsidiaries", false);
		String parentCountry = entry.has("parent-country") ? entry.country("parent-country") : null;
		if (parentCountry != null && !subsidiaries) {
			throw entry.get("parent-country").error("parent-country applies to subsidiaries: add 'subsidiaries: true'");
		}
		Exemption exemption = new Exemption(name, aliases, subsidiaries, parentCountry, from, until,
				entry.string("note", null), citation(entry, "citation"), this.file + " line " + entry.line());
		entry.rejectUnknownKeys();
		return exemption;
	}

	private List<PartRule> partRules(YamlNode node, Set<String> requirementRules) {
		List<PartRule> rules = new ArrayList<>();
		for (YamlNode entry : node.asList()) {
			String ruleId = ruleId(entry, "rule");
			if (requirementRules.contains(ruleId) || rules.stream().anyMatch((r) -> r.ruleId().equals(ruleId))) {
				throw entry.get("rule").error("rule id '" + ruleId + "' is already used in this policy");
			}
			List<String> parts = new ArrayList<>();
			for (YamlNode part : entry.list("parts")) {
				String id = part.asString();
				if (!this.catalogueParts.contains(id)) {
					throw part.error("part '" + id + "' is not in the product catalogue (ids: " + this.catalogueParts + ")");
				}
				parts.add(id);
			}
			List<String> families = new ArrayList<>();
			for (YamlNode family : entry.list("families")) {
				String name = family.asString();
				if (!this.catalogueFamilies.contains(name)) {
					throw family.error("family '" + name + "' is not a 'family:' of any catalogue part (families: "
							+ this.catalogueFamilies + ")");
				}
				families.add(name);
			}
			if (parts.isEmpty() && families.isEmpty()) {
				throw entry.error("part rule " + ruleId + " needs 'parts:' or 'families:'");
			}
			LocalDate from = entry.date("from");
			LocalDate until = entry.date("until", null);
			if (until != null && until.isBefore(from)) {
				throw entry.get("until").error("until " + until + " is before from " + from);
			}
			Level severity = severity(entry, "severity", Level.HOLD);
			if (severity == Level.INFO) {
				throw entry.get("severity").error("a licence requirement is REVIEW or HOLD, not INFO");
			}
			PartRule rule = new PartRule(ruleId, entry.string("label"), List.copyOf(parts), List.copyOf(families), from,
					until, groupRefs(entry, "groups"), entry.countries("countries"), entry.bool("headquarters", false),
					severity, citation(entry, "citation"));
			if (rule.groups().isEmpty() && rule.countries().isEmpty()) {
				throw entry.error("part rule " + ruleId + " needs groups or countries");
			}
			entry.rejectUnknownKeys();
			rules.add(rule);
		}
		return List.copyOf(rules);
	}

	private static String ruleId(YamlNode node, String key) {
		String ruleId = node.string(key);
		if (!RULE_ID.matcher(ruleId).matches()) {
			throw node.get(key).error("rule id '" + ruleId + "' must be upper case letters, digits and '-'");
		}
		return ruleId;
	}

	private static Level severity(YamlNode node, String key, Level fallback) {
		if (!node.has(key)) {
			return fallback;
		}
		String value = node.string(key);
		try {
			return Level.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw node.get(key).error("'" + value + "' must be INFO, REVIEW or HOLD");
		}
	}

	private DestinationRules destination(YamlNode node) {
		ItemScope items = itemScope(node, "items");
		List<DestinationRule> rules = node.get("rules").asList().stream().map(this::destinationRule).toList();
		Map<String, Level> parties = new LinkedHashMap<>();
		YamlNode partiesNode = node.get("parties");
		for (String party : partiesNode.keys()) {
			if (!PARTIES.contains(party)) {
				throw partiesNode.get(party).error("'" + party + "' is not one of " + PARTIES);
			}
			parties.put(party, severity(partiesNode, party, Level.HOLD));
		}
		if (parties.isEmpty()) {
			throw partiesNode.error("name at least one party, e.g. 'ultimate_consignee: HOLD'");
		}
		DestinationRule headquarters = null;
		Map<String, Level> headquartersParties = new LinkedHashMap<>();
		if (node.has("headquarters")) {
			YamlNode hq = node.get("headquarters");
			if (hq.has("parties")) {
				YamlNode hqParties = hq.get("parties");
				for (String party : hqParties.keys()) {
					if (!PARENT_PARTIES.contains(party)) {
						throw hqParties.get(party).error("'" + party + "' is not one of " + PARENT_PARTIES
								+ " (the parties whose parent country the input gives)");
					}
					headquartersParties.put(party, severity(hqParties, party, Level.HOLD));
				}
			}
			else {
				// files written before the consignee's and purchaser's parent columns existed
				headquartersParties.put("end_user", Level.HOLD);
			}
			headquarters = destinationRule(hq);
			if (!headquarters.exemptions().isEmpty()) {
				throw hq.get("exempt-consignees").error("the headquarters rule has no exempt consignees");
			}
		}
		List<ReviewNote> notes = new ArrayList<>();
		for (YamlNode note : node.list("review-notes")) {
			notes.add(new ReviewNote(note.date("from"), note.countries("countries"), note.decimal("tpp-below", null),
					note.string("text"), citation(note, "citation")));
			note.rejectUnknownKeys();
		}
		node.rejectUnknownKeys();
		return new DestinationRules(items, rules, Collections.unmodifiableMap(new LinkedHashMap<>(parties)), headquarters,
				java.util.Collections.unmodifiableMap(headquartersParties), List.copyOf(notes));
	}

	private EmbargoRules embargo(YamlNode node) {
		List<EmbargoRules.EmbargoGroup> groups = new ArrayList<>();
		for (YamlNode entry : node.list("groups")) {
			String name = entry.string("group");
			if (!this.groups.defines(name)) {
				throw entry.get("group").error("country group '" + name + "' is not defined under 'country-groups:'");
			}
			groups.add(new EmbargoRules.EmbargoGroup(name, ruleId(entry, "rule"), citation(entry, "citation")));
			entry.rejectUnknownKeys();
		}
		List<EmbargoRules.EmbargoRegion> regions = new ArrayList<>();
		for (YamlNode entry : node.list("regions")) {
			regions.add(new EmbargoRules.EmbargoRegion(entry.string("id"), entry.string("name"),
					new TermMatcher(entry.terms("terms")), citation(entry, "citation")));
			entry.rejectUnknownKeys();
		}
		node.rejectUnknownKeys();
		return new EmbargoRules(List.copyOf(groups), List.copyOf(regions));
	}

	private Tiers tiers(YamlNode node) {
		ItemScope items = itemScope(node, "items");
		List<Tier> tiers = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (YamlNode entry : node.get("list").asList()) {
			String id = entry.string("id");
			if (!ids.add(id)) {
				throw entry.get("id").error("tier '" + id + "' is defined twice");
			}
			boolean rest = entry.bool("rest", false);
			String ruleId = entry.has("rule") ? ruleId(entry, "rule") : null;
			Tier tier = new Tier(id, entry.string("label"), groupRefs(entry, "groups"), entry.countries("countries"), rest,
					ruleId, severity(entry, "severity", Level.HOLD), entry.bool("headquarters-test", false),
					entry.has("citation") ? citation(entry, "citation") : null);
			if (!rest && tier.groups().isEmpty() && tier.countries().isEmpty()) {
				throw entry.error("tier '" + id + "' needs groups, countries or 'rest: true'");
			}
			if (ruleId != null && tier.citation() == null) {
				throw entry.error("tier '" + id + "' has a rule and needs a citation");
			}
			if (!tiers.isEmpty() && tiers.get(tiers.size() - 1).rest()) {
				throw entry.error("tier '" + id + "' comes after the 'rest: true' tier and would never match");
			}
			entry.rejectUnknownKeys();
			tiers.add(tier);
		}
		if (tiers.stream().filter(Tier::rest).count() != 1) {
			throw node.get("list").error("exactly one tier needs 'rest: true' (every other destination)");
		}
		node.rejectUnknownKeys();
		return new Tiers(items, List.copyOf(tiers));
	}

	private Map<String, LicenceException> exceptions(YamlNode node, Set<String> requirementRules, QuotaRules quotas) {
		Map<String, LicenceException> exceptions = new LinkedHashMap<>();
		for (String code : node.keys()) {
			YamlNode entry = node.get(code);
			List<String> covers = new ArrayList<>();
			for (YamlNode rule : entry.list("covers")) {
				String ruleId = rule.asString();
				if (!requirementRules.contains(ruleId)) {
					throw rule.error("rule '" + ruleId + "' is not a requirement of this policy " + requirementRules);
				}
				covers.add(ruleId);
			}
			List<LicenceException.ItemCondition> items = new ArrayList<>();
			for (YamlNode item : entry.list("items")) {
				Boolean dataCentre = item.has("data-centre") ? item.bool("data-centre", true) : null;
				items.add(new LicenceException.ItemCondition(eccn(item.get("eccn")), dataCentre));
				item.rejectUnknownKeys();
			}
			String quota = entry.string("quota", null);
			if (quota != null && (quotas.lpp() == null || !quotas.lpp().ledger().equals(quota))) {
				throw entry.get("quota").error("quota '" + quota + "' is not defined under 'quotas: lpp:'");
			}
			exceptions.put(code.toUpperCase(Locale.ROOT), new LicenceException(code.toUpperCase(Locale.ROOT),
					entry.string("title"), List.copyOf(covers), List.copyOf(items), entry.bool("notification", false),
					quota, entry.date("from", null), citation(entry, "citation")));
			entry.rejectUnknownKeys();
		}
		// in the file's order: a Map.copyOf iterates in an order that changes from one JVM to the next
		return Collections.unmodifiableMap(new LinkedHashMap<>(exceptions));
	}

	private QuotaRules quotas(YamlNode node) {
		QuotaRules.Quota lpp = node.has("lpp") ? quota(node.get("lpp"), false) : null;
		QuotaRules.Quota allocation = node.has("country-allocation") ? quota(node.get("country-allocation"), true) : null;
		int maxIncrease = node.integer("max-allocation-increase-percent", 100);
		List<QuotaRules.Agreement> agreements = new ArrayList<>();
		for (YamlNode entry : node.list("agreements")) {
			int increase = entry.integer("allocation-increase-percent", 0);
			if (increase < 0 || increase > maxIncrease) {
				throw entry.get("allocation-increase-percent")
					.error(increase + " is outside 0.." + maxIncrease + " (max-allocation-increase-percent)");
			}
			agreements.add(new QuotaRules.Agreement(entry.country("country"), increase,
					entry.strings("exempt-consignees").stream().map(TermMatcher::normalise).toList(),
					entry.date("from", null), entry.string("note", null), citation(entry, "citation")));
			entry.rejectUnknownKeys();
		}
		List<QuotaRules.ValidatedEndUser> veus = new ArrayList<>();
		for (YamlNode entry : node.list("validated-end-users")) {
			String type = entry.string("type");
			if (!type.equals("UVEU") && !type.equals("NVEU")) {
				throw entry.get("type").error("'" + type + "' must be UVEU or NVEU");
			}
			String name = entry.string("name");
			veus.add(new QuotaRules.ValidatedEndUser(name, TermMatcher.normalise(name),
					entry.has("country") ? entry.country("country") : null, type, citation(entry, "citation")));
			entry.rejectUnknownKeys();
		}
		node.rejectUnknownKeys();
		return new QuotaRules(lpp, allocation, List.copyOf(agreements), List.copyOf(veus));
	}

	private QuotaRules.Quota quota(YamlNode node, boolean multiYear) {
		Integer first = null;
		Integer last = null;
		if (multiYear) {
			String years = node.string("years");
			java.util.regex.Matcher m = Pattern.compile("(\\d{4})-(\\d{4})").matcher(years);
			if (!m.matches() || Integer.parseInt(m.group(2)) < Integer.parseInt(m.group(1))) {
				throw node.get("years").error("'" + years + "' must be a year range such as 2025-2027");
			}
			first = Integer.parseInt(m.group(1));
			last = Integer.parseInt(m.group(2));
		}
		BigDecimal limit = node.decimal("limit");
		if (limit.signum() <= 0) {
			throw node.get("limit").error("limit must be above zero");
		}
		BigDecimal reviewAt = node.decimal("review-at", new BigDecimal("0.9"));
		if (reviewAt.signum() <= 0 || reviewAt.compareTo(BigDecimal.ONE) > 0) {
			throw node.get("review-at").error("review-at is a share of the limit between 0 and 1, e.g. 0.9");
		}
		QuotaRules.Quota quota = new QuotaRules.Quota(ruleId(node, "ledger"), ruleId(node, "rule"), limit, first, last,
				reviewAt, severity(node, "over-severity", Level.HOLD), citation(node, "citation"));
		node.rejectUnknownKeys();
		return quota;
	}

	private AscendRules ascend(YamlNode node) {
		AscendRules rules = new AscendRules(true, new TermMatcher(node.terms("designers")), new PartPatterns(node.patterns("part-patterns")),
				new TermMatcher(node.terms("description-terms")), new TermMatcher(node.terms("end-use-terms")),
				new TermMatcher(node.terms("technical-analysis-terms")), citation(node, "citation"));
		node.rejectUnknownKeys();
		return rules;
	}

	private EndUseRules endUse(YamlNode node, Tiers tiers) {
		String outsideTier = node.string("outside-tier-training", null);
		if (outsideTier != null && tiers.tiers().stream().noneMatch((t) -> t.id().equals(outsideTier))) {
			throw node.get("outside-tier-training").error("tier '" + outsideTier + "' is not defined under 'tiers:'");
		}
		YamlNode cites = node.get("citations");
		EndUseRules rules = new EndUseRules(true, itemScope(node, "items"), new TermMatcher(node.terms("ai-training-terms")),
				new TermMatcher(node.terms("military-terms")), new TermMatcher(node.terms("iaas-terms")),
				new TermMatcher(node.terms("vague-terms")), new TermMatcher(node.terms("restricted-place-terms")),
				groupRefs(node, "restricted-groups"),
				node.countries("restricted-countries"), outsideTier, citation(cites, "ai-training"),
				citation(cites, "military"), citation(cites, "iaas"), citation(cites, "missing"),
				(outsideTier != null) ? citation(cites, "outside-tier") : null);
		cites.rejectUnknownKeys();
		node.rejectUnknownKeys();
		return rules;
	}

	private DiversionRules diversion(YamlNode node) {
		YamlNode volume = node.get("volume");
		YamlNode cites = node.get("citations");
		DiversionRules rules = new DiversionRules(true, itemScope(node, "items"), new TermMatcher(node.terms("forwarder-terms")),
				node.countries("transshipment-hubs"), node.integer("new-customer-days", 365),
				node.decimal("new-customer-large-order-usd"), volume.decimal("factor"), volume.integer("min-history", 3),
				volume.decimal("min-value-usd"), new TermMatcher(node.terms("residential-terms")), groupRefs(node, "parent-groups"),
				groupRefs(node, "parent-unless-groups"), citation(cites, "kyc"),
				citation(cites, "practice"), citation(cites, "guidance"));
		if (rules.volumeFactor().compareTo(BigDecimal.ONE) <= 0) {
			throw volume.get("factor").error("factor must be above 1");
		}
		volume.rejectUnknownKeys();
		cites.rejectUnknownKeys();
		node.rejectUnknownKeys();
		return rules;
	}

}
