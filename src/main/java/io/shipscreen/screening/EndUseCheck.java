package io.shipscreen.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.shipscreen.policy.CountryGroups;
import io.shipscreen.policy.EndUseRules;
import io.shipscreen.policy.ItemClass;
import io.shipscreen.policy.ItemClassifier;
import io.shipscreen.policy.Policy;
import io.shipscreen.policy.TermMatcher;
import io.shipscreen.policy.Tier;
import io.shipscreen.shared.Severity;
import io.shipscreen.transaction.ExportTransaction;

/**
 * The free-text end-use statement, matched on normalised text against the policy's word lists:
 * AI training or inference for an entity in or headquartered in D:5/Macau (HOLD), military,
 * military-intelligence and WMD terms, IaaS/cloud resale to unknown users, and a missing or
 * empty statement on an advanced-computing order.
 */
@Component
public class EndUseCheck implements Check {

	static final String AI_TRAINING = "ENDUSE-AI-TRAINING";

	static final String MILITARY = "ENDUSE-MILITARY";

	static final String IAAS = "ENDUSE-IAAS";

	static final String MISSING = "ENDUSE-MISSING";

	private final ItemClassifier classifier;

	public EndUseCheck(ItemClassifier classifier) {
		this.classifier = classifier;
	}

	@Override
	public String name() {
		return "end-use";
	}

	@Override
	public List<Hit> check(ExportTransaction tx, ScreeningContext context) {
		Policy policy = context.policy();
		EndUseRules rules = policy.endUse();
		if (!rules.enabled()) {
			return List.of();
		}
		String text = tx.endUse();
		Optional<String> military = rules.military().find(text);
		ItemClass item = null;
		boolean inScope = false;
		boolean blank = !TermMatcher.hasWords(text);
		if (!blank || military.isPresent()) {
			item = this.classifier.classify(tx, policy);
			inScope = rules.items().covers(item.eccn());
		}
		if (blank || rules.vague().isWholly(TermMatcher.normalise(text))) {
			if (item == null) {
				item = this.classifier.classify(tx, policy);
			}
			if (rules.items().covers(item.eccn())) {
				return List.of(hit(policy, MISSING, Severity.REVIEW,
						blank ? "end_use blank" : "end_use \"" + tx.endUse() + "\"",
						"No real end-use statement for a " + item.eccn()
								+ " order: obtain one before shipping (reluctance to give end-use information is a red flag).",
						rules.missingCitation()));
			}
			return List.of();
		}
		List<Hit> hits = new ArrayList<>(1);
		String restricted = restrictedLink(tx, policy, rules, text);
		Optional<String> training = rules.aiTraining().find(text);
		if (military.isPresent()) {
			Severity severity = (restricted != null && inScope) ? Severity.HOLD : Severity.REVIEW;
			hits.add(hit(policy, MILITARY, severity, quote(military.get(), tx) + ((restricted != null) ? "; " + restricted : ""),
					"The end-use statement names a military, military-intelligence or WMD use ('" + military.get() + "')"
							+ ((severity == Severity.HOLD) ? " tied to D:5 or Macau (" + restricted + "): a licence is required and would be denied."
									: ": establish the end use and end user before shipping."),
					rules.militaryCitation()));
		}
		if (training.isPresent() && inScope) {
			if (restricted != null) {
				hits.add(hit(policy, AI_TRAINING, Severity.HOLD, quote(training.get(), tx) + "; " + restricted,
						"AI model training or inference ('" + training.get() + "') for an entity in or headquartered in D:5 or Macau ("
								+ restricted + ") needs a licence for " + item.eccn() + " items, wherever the compute is located.",
						rules.aiTrainingCitation()));
			}
			else if (rules.outsideTierTraining() != null) {
				String outside = outsideTier(tx, policy, rules.outsideTierTraining());
				if (outside != null) {
					hits.add(hit(policy, AI_TRAINING, Severity.REVIEW, quote(training.get(), tx) + "; " + outside,
							"AI model training ('" + training.get() + "') for an entity headquartered outside "
									+ rules.outsideTierTraining() + " (" + outside
									+ "): red flag 28, ask whether the model is trained for such an entity.",
							rules.outsideTierCitation()));
				}
			}
		}
		Optional<String> iaas = rules.iaas().find(text);
		if (iaas.isPresent() && inScope) {
			hits.add(hit(policy, IAAS, Severity.REVIEW, quote(iaas.get(), tx),
					"The items serve cloud/IaaS or resale ('" + iaas.get()
							+ "'): confirm who the downstream users are and that none is in, or headquartered in, D:5 or Macau.",
					rules.iaasCitation()));
		}
		return hits;
	}

	/** What ties the order to a restricted destination: end user, consignee, parent or a place named in the text. */
	private static String restrictedLink(ExportTransaction tx, Policy policy, EndUseRules rules, String text) {
		CountryGroups groups = policy.groups();
		LocalDate date = tx.orderDate();
		String[][] candidates = { { "end_user_country", tx.endUserCountry() },
				{ "ultimate_consignee_country", tx.ultimateConsignee().country() },
				{ "end_user_parent_country", tx.endUserParentCountry() },
				{ "ultimate_consignee_parent_country", tx.ultimateConsigneeParentCountry() } };
		for (String[] candidate : candidates) {
			String country = candidate[1];
			if (country != null && (rules.restrictedCountries().contains(groups.resolve(country))
					|| groups.isInAny(rules.restrictedGroups(), country, date))) {
				return candidate[0] + "=" + country;
			}
		}
		return rules.restrictedPlaces().find(text).map((place) -> "'" + place + "' named in end_use").orElse(null);
	}

	/** Under a tiered policy: the end user or its parent is outside the named tier. */
	private static String outsideTier(ExportTransaction tx, Policy policy, String tierId) {
		Tier tier = policy.tiers().tiers().stream().filter((t) -> t.id().equals(tierId)).findFirst().orElseThrow();
		for (String[] candidate : new String[][] { { "end_user_parent_country", tx.endUserParentCountry() },
				{ "end_user_country", tx.endUserCountry() } }) {
			if (candidate[1] != null && !tier.contains(policy.groups(), candidate[1], tx.orderDate())) {
				return candidate[0] + "=" + candidate[1];
			}
		}
		return null;
	}

	private static String quote(String term, ExportTransaction tx) {
		return "'" + term + "' in end_use \"" + tx.endUse() + "\"";
	}

	private static Hit hit(Policy policy, String ruleId, Severity severity, String evidence, String reason, String citation) {
		return new Hit(ruleId, policy.id(), policy.version(), severity, "end_use", evidence, reason, citation);
	}

}
