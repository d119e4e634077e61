package io.shipscreen.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.shipscreen.policy.CountryGroups;
import io.shipscreen.policy.DestinationRule;
import io.shipscreen.policy.DestinationRules;
import io.shipscreen.policy.EmbargoRules;
import io.shipscreen.policy.ItemClass;
import io.shipscreen.policy.ItemClassifier;
import io.shipscreen.policy.Policy;
import io.shipscreen.policy.QuotaRules;
import io.shipscreen.policy.ReviewNote;
import io.shipscreen.policy.TermMatcher;
import io.shipscreen.policy.Tier;
import io.shipscreen.shared.Severity;
import io.shipscreen.transaction.ExportTransaction;

/**
 * Destination and party-country rules: comprehensive embargoes (E:1/E:2 and the occupied
 * regions of Ukraine) for any item; for advanced-computing items the country-group licence
 * requirements (D:5, Macau, D:1/D:4 not A:5/A:6), the ultimate-parent headquarters test and,
 * under a tiered policy, the tier of the destination. Groups are taken on the order date.
 */
@Component
public class DestinationCheck implements Check {

	static final String EMBARGO_REGION = "EMBARGO-REGION";

	static final String TIER2_VEU = "TIER2-VEU";

	static final String TIER2_G2G_EXEMPT = "TIER2-G2G-EXEMPT";

	private final ItemClassifier classifier;

	private final LicenceResolver licences;

	private final ExemptConsignees exemptions;

	public DestinationCheck(ItemClassifier classifier, LicenceResolver licences, ExemptConsignees exemptions) {
		this.classifier = classifier;
		this.licences = licences;
		this.exemptions = exemptions;
	}

	@Override
	public String name() {
		return "destination";
	}

	@Override
	public List<Hit> check(ExportTransaction tx, ScreeningContext context) {
		Policy policy = context.policy();
		List<Hit> hits = new ArrayList<>(2);
		embargoes(tx, policy, hits);
		ItemClass item = this.classifier.classify(tx, policy);
		if (policy.destination().items().covers(item.eccn())) {
			Set<String> matched = destinations(tx, policy, item, hits);
			headquarters(tx, policy, item, matched, hits);
		}
		if (policy.tiers().defined() && policy.tiers().items().covers(item.eccn())) {
			tiers(tx, policy, item, hits);
		}
		return hits;
	}

	private void embargoes(ExportTransaction tx, Policy policy, List<Hit> hits) {
		CountryGroups groups = policy.groups();
		LocalDate date = tx.orderDate();
		List<PartyCountry> countries = null;
		for (EmbargoRules.EmbargoGroup embargo : policy.embargo().groups()) {
			if (countries == null) {
				countries = PartyCountry.all(tx);
			}
			List<PartyCountry> in = null;
			for (PartyCountry pc : countries) {
				if (groups.isIn(embargo.group(), pc.country(), date)) {
					in = (in != null) ? in : new ArrayList<>(2);
					in.add(pc);
				}
			}
			if (in != null) {
				String names = in.stream().map((pc) -> Texts.country(pc.country())).distinct().collect(Collectors.joining(", "));
				hits.add(embargoHit(tx, policy, embargo.ruleId(), in.get(0).field(), join(in) + " in " + embargo.group(),
						"A party country of this order, " + names + ", is under a comprehensive embargo (Country Group "
								+ embargo.group() + ")",
						embargo.citation()));
			}
		}
		String address = tx.ultimateConsignee().address();
		for (EmbargoRules.EmbargoRegion region : policy.embargo().regions()) {
			region.terms().find(address).ifPresent((term) -> hits.add(embargoHit(tx, policy, EMBARGO_REGION,
					"ultimate_consignee_address", "'" + term + "' in ultimate_consignee_address \""
							+ tx.ultimateConsignee().address() + "\" (" + region.id() + ")",
					"The ultimate consignee's address is in " + region.name() + ", under a comprehensive embargo",
					region.citation())));
		}
	}

	private static Hit embargoHit(ExportTransaction tx, Policy policy, String ruleId, String field, String evidence,
			String reason, String citation) {
		if (!Texts.blank(tx.licenseNumber())) {
			return new Hit(ruleId, policy.id(), policy.version(), Severity.REVIEW, field,
					evidence + "; licence " + tx.licenseNumber().strip(),
					reason + "; licence " + tx.licenseNumber().strip()
							+ " is on file: confirm it is a specific authorisation for the embargoed destination.",
					citation);
		}
		return new Hit(ruleId, policy.id(), policy.version(), Severity.HOLD, field, evidence,
				reason + ": any item needs a specific authorisation, and none is recorded.", citation);
	}

	/** Raises one requirement per matching rule; returns the countries it matched. */
	private Set<String> destinations(ExportTransaction tx, Policy policy, ItemClass item, List<Hit> hits) {
		DestinationRules rules = policy.destination();
		CountryGroups groups = policy.groups();
		LocalDate date = tx.orderDate();
		Set<String> matchedCountries = new HashSet<>();
		Set<String> matchedFields = new HashSet<>();
		List<PartyCountry> countries = PartyCountry.destinations(tx).stream()
			.filter((pc) -> rules.parties().containsKey(pc.party()))
			.toList();
		for (DestinationRule rule : rules.rules()) {
			List<PartyCountry> in = new ArrayList<>(2);
			for (PartyCountry pc : countries) {
				if (!matchedFields.contains(pc.field()) && rule.matches(groups, pc.country(), date)) {
					in.add(pc);
				}
			}
			if (in.isEmpty()) {
				continue;
			}
			Severity severity = Severity.INFO;
			for (PartyCountry pc : in) {
				matchedFields.add(pc.field());
				matchedCountries.add(groups.resolve(pc.country()));
				Severity partySeverity = Severity.valueOf(rules.parties().get(pc.party()).name());
				severity = (partySeverity.compareTo(severity) > 0) ? partySeverity : severity;
			}
			String places = in.stream().map((pc) -> Texts.country(pc.country())).distinct().collect(Collectors.joining(", "));
			String reason = "A licence is required for " + item.eccn() + " items to " + rule.label() + " (" + places + ")";
			if (!rule.exemptions().isEmpty()) {
				Exempted exempted = exempted(tx, rule, date);
				if (exempted.hit() != null) {
					hits.add(new Hit(rule.ruleId() + "-EXEMPT", policy.id(), policy.version(), Severity.INFO,
							"ultimate_consignee_name", exempted.evidence() + "; " + join(in),
							reason + ", but " + exempted.hit() + ": no licence is needed for this rule.",
							exempted.citation()));
					continue;
				}
				reason = reason + ", and " + exempted.why();
			}
			hits.addAll(this.licences.resolve(new Requirement(rule.ruleId(), severity, in.get(0).field(),
					join(in) + "; " + itemEvidence(item), reason, rule.citation(), notes(rules, date, in, groups, item)), tx,
					policy, item));
		}
		return matchedCountries;
	}

	/**
	 * Whether the rule's exemptions cover this order: the ultimate consignee, and the end user
	 * where the row names one, must each be exempt on the order date.
	 *
	 * @param hit the sentence saying who is exempt, or null when the requirement stands
	 * @param why the sentence saying why not, when it stands
	 */
	private record Exempted(String hit, String evidence, String citation, String why) {
	}

	private Exempted exempted(ExportTransaction tx, DestinationRule rule, LocalDate date) {
		List<String> roles = new ArrayList<>(2);
		List<String> names = new ArrayList<>(2);
		List<String> parents = new ArrayList<>(2);
		roles.add("ultimate consignee");
		names.add(tx.ultimateConsignee().name());
		parents.add(tx.ultimateConsigneeParentCountry());
		if (tx.endUser() != null && !Texts.blank(tx.endUser().name())
				&& !tx.endUser().name().strip().equalsIgnoreCase(tx.ultimateConsignee().name().strip())) {
			roles.add("end user");
			names.add(tx.endUser().name());
			parents.add(tx.endUserParentCountry());
		}
		List<String> granted = new ArrayList<>(2);
		List<String> evidence = new ArrayList<>(2);
		Set<String> citations = new LinkedHashSet<>();
		for (int i = 0; i < names.size(); i++) {
			ExemptConsignees.Finding finding = this.exemptions.find(rule.exemptions(), names.get(i), parents.get(i), date);
			if (!finding.exempt()) {
				return new Exempted(null, null, null, why(roles.get(i), names.get(i), finding, date));
			}
			granted.add("the " + roles.get(i) + " " + names.get(i).strip() + " is exempt" + describe(finding.exemption()));
			evidence.add(finding.how() + " (" + finding.exemption().line() + ")");
			citations.add(finding.exemption().citation());
		}
		return new Exempted(String.join(" and ", granted), String.join("; ", evidence), String.join("; ", citations), null);
	}

	private static String describe(io.shipscreen.policy.Exemption exemption) {
		return ((exemption.note() != null) ? " as " + exemption.note() : "") + " (" + exemption.range() + ")";
	}

	private static String why(String role, String name, ExemptConsignees.Finding finding, LocalDate date) {
		if (finding.exemption() == null) {
			return "the " + role + " " + name.strip() + " is not one of its exempt consignees";
		}
		if (!finding.inForce()) {
			return "the " + role + " " + name.strip() + " was exempt" + describe(finding.exemption()) + ", which does not cover "
					+ date + " (" + finding.how() + ")";
		}
		return "the " + role + "'s name matches an exemption (" + finding.how() + describe(finding.exemption())
				+ ") but " + finding.missing();
	}

	/**
	 * The headquarters rule on every party the policy names: a party whose ultimate parent is
	 * headquartered in D:5 or Macau needs a licence wherever it is located (a parent country
	 * already caught as a destination is not raised twice).
	 */
	private void headquarters(ExportTransaction tx, Policy policy, ItemClass item, Set<String> matched, List<Hit> hits) {
		DestinationRule rule = policy.destination().headquarters();
		if (rule == null) {
			return;
		}
		List<PartyCountry> in = new ArrayList<>(1);
		List<String> sentences = new ArrayList<>(1);
		Severity severity = Severity.INFO;
		for (Map.Entry<String, io.shipscreen.policy.Level> party : policy.destination().headquartersParties().entrySet()) {
			PartyCountry parent = PartyCountry.parent(tx, party.getKey());
			if (parent == null || !rule.matches(policy.groups(), parent.country(), tx.orderDate())
					|| matched.contains(policy.groups().resolve(parent.country()))) {
				continue;
			}
			in.add(parent);
			Severity partySeverity = Severity.valueOf(party.getValue().name());
			severity = (partySeverity.compareTo(severity) > 0) ? partySeverity : severity;
			String located = PartyCountry.located(tx, party.getKey());
			sentences.add("the " + PartyCountry.role(party.getKey()) + "'s ultimate parent is headquartered in "
					+ Texts.country(parent.country()) + " (" + rule.label() + ")"
					+ ((located != null) ? ", the " + PartyCountry.role(party.getKey()) + " is in " + Texts.country(located) : ""));
		}
		if (in.isEmpty()) {
			return;
		}
		String reason;
		if (in.size() == 1 && in.get(0).party().equals("end_user")) {
			reason = "The end user's ultimate parent is headquartered in " + Texts.country(in.get(0).country()) + " ("
					+ rule.label() + "), so a licence is required for " + item.eccn() + " items wherever the end user ("
					+ Texts.country(tx.endUserCountry()) + ") is located";
		}
		else {
			String joined = String.join("; ", sentences);
			reason = Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + "; so a licence is required for "
					+ item.eccn() + " items wherever they are located";
		}
		String evidence = join(in) + ", end_user_country=" + tx.endUserCountry() + "; " + itemEvidence(item);
		hits.addAll(this.licences.resolve(new Requirement(rule.ruleId(), severity, in.get(0).field(), evidence, reason,
				rule.citation()), tx, policy, item));
	}

	private void tiers(ExportTransaction tx, Policy policy, ItemClass item, List<Hit> hits) {
		TierAssessment assessment = TierAssessment.of(tx, policy);
		if (assessment == null) {
			return;
		}
		Tier tier = assessment.tier();
		String consignee = TermMatcher.normalise(tx.ultimateConsignee().name());
		String country = assessment.country(policy);
		LocalDate date = tx.orderDate();
		if (tier.rest()) {
			QuotaRules quotas = policy.quotas();
			QuotaRules.ValidatedEndUser veu = quotas.validatedEndUser(consignee, tx.ultimateConsignee().country());
			if (veu != null) {
				hits.add(new Hit(TIER2_VEU, policy.id(), policy.version(), Severity.INFO, "ultimate_consignee_name",
						veu.type() + " " + veu.name(), "The ultimate consignee " + tx.ultimateConsignee().name() + " is a "
								+ veu.type() + " (validated end user): no individual licence and no country allocation is needed.",
						veu.citation()));
				return;
			}
			QuotaRules.Agreement agreement = quotas.exemptingAgreement(country, consignee, date);
			if (agreement != null) {
				hits.add(new Hit(TIER2_G2G_EXEMPT, policy.id(), policy.version(), Severity.INFO, "ultimate_consignee_name",
						"agreement with " + agreement.country() + ((agreement.note() != null) ? ": " + agreement.note() : ""),
						"The ultimate consignee " + tx.ultimateConsignee().name()
								+ " is exempted by the government-to-government agreement with " + Texts.country(country) + ".",
						agreement.citation()));
				return;
			}
		}
		PartyCountry where = assessment.where();
		String parent = tx.endUserParentCountry();
		String reason = "A licence is required for " + item.eccn() + " items to " + tier.label() + " destinations ("
				+ Texts.country(where.country()) + (assessment.lostTier() ? ", treated as " + tier.label()
						+ " because the ultimate parent is headquartered in " + Texts.country(parent) : "")
				+ ")";
		hits.addAll(this.licences.resolve(new Requirement(tier.ruleId(), Severity.valueOf(tier.severity().name()), where.field(),
				where + " in " + tier.label() + (assessment.lostTier() ? " (parent " + parent + ")" : "") + "; "
						+ itemEvidence(item),
				reason, tier.citation()), tx, policy, item));
	}

	private static String notes(DestinationRules rules, LocalDate date, List<PartyCountry> in, CountryGroups groups,
			ItemClass item) {
		Set<String> texts = new LinkedHashSet<>();
		for (ReviewNote note : rules.reviewNotes()) {
			for (PartyCountry pc : in) {
				if (note.applies(date, groups.resolve(pc.country()), item.tppPerUnit())) {
					texts.add(note.text() + " (" + note.citation() + ")");
				}
			}
		}
		return texts.isEmpty() ? null : String.join("; ", texts);
	}

	static String itemEvidence(ItemClass item) {
		return "item " + item.eccn() + " (" + item.basis() + ")"
				+ ((item.tppPerUnit() != null) ? ", TPP " + Texts.number(item.tppPerUnit()) + "/unit" : "")
				+ ((item.pd() != null) ? ", PD " + Texts.number(item.pd()) : "");
	}

	private static String join(List<PartyCountry> countries) {
		return countries.stream().map(PartyCountry::toString).collect(Collectors.joining(", "));
	}

}
