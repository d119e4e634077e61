package io.shipscreen.screening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.shipscreen.policy.DiversionRules;
import io.shipscreen.policy.ItemClass;
import io.shipscreen.policy.ItemClassifier;
import io.shipscreen.policy.Policy;
import io.shipscreen.policy.TermMatcher;
import io.shipscreen.shared.Severity;
import io.shipscreen.transaction.ExportTransaction;
import io.shipscreen.transaction.Party;

/**
 * Diversion red flags on advanced-computing orders (Supp. 3 to Part 732; BIS diversion guidance
 * of 13 May 2025; two from compliance practice, labelled so): a forwarder or reseller as
 * ultimate consignee, a ship-to or consignee country other than the end user's (REVIEW through a
 * transshipment hub, INFO elsewhere), payment from a third country, a new customer with a large
 * order, a line far above the customer's history so far, a residential-looking address, an
 * ultimate parent (of the end user, consignee or purchaser) headquartered in D:1/D:4 (D:5 is
 * {@code HQ-D5}).
 */
@Component
public class DiversionCheck implements Check, AccumulatingCheck {

	static final String FORWARDER = "DIVERSION-FORWARDER";

	static final String TRANSSHIPMENT = "DIVERSION-TRANSSHIPMENT";

	static final String PAYMENT = "DIVERSION-PAYMENT";

	static final String NEW_CUSTOMER = "DIVERSION-NEW-CUSTOMER";

	static final String VOLUME = "DIVERSION-VOLUME";

	static final String ADDRESS = "DIVERSION-ADDRESS";

	static final String PARENT = "DIVERSION-PARENT";

	private final ItemClassifier classifier;

	private final CustomerHistory history;

	public DiversionCheck(ItemClassifier classifier, CustomerHistory history) {
		this.classifier = classifier;
		this.history = history;
	}

	@Override
	public String name() {
		return "diversion";
	}

	@Override
	public List<Hit> check(ExportTransaction tx, ScreeningContext context) {
		Policy policy = context.policy();
		DiversionRules rules = policy.diversion();
		if (!rules.enabled()) {
			return List.of();
		}
		ItemClass item = this.classifier.classify(tx, policy);
		if (!rules.items().covers(item.eccn())) {
			return List.of();
		}
		List<Hit> hits = new ArrayList<>(1);
		Party consignee = tx.ultimateConsignee();
		rules.forwarderTerms().find(consignee.name()).ifPresent((term) -> hits.add(hit(policy, FORWARDER, Severity.REVIEW,
				"ultimate_consignee_name", "'" + term + "' in ultimate_consignee_name \"" + consignee.name() + "\"",
				"The ultimate consignee looks like a freight forwarder or reseller ('" + term
						+ "'): a forwarder as the final destination is a red flag; identify the real end user.",
				rules.kycCitation())));
		transshipment(tx, policy, rules, hits);
		payment(tx, policy, rules, hits);
		BigDecimal value = tx.totalValueUsd();
		if (tx.customerSince() != null && value.compareTo(rules.newCustomerLargeOrderUsd()) >= 0) {
			long days = ChronoUnit.DAYS.between(tx.customerSince(), tx.orderDate());
			if (days >= 0 && days < rules.newCustomerDays()) {
				hits.add(hit(policy, NEW_CUSTOMER, Severity.REVIEW, "customer_since",
						"customer_since " + tx.customerSince() + " (" + days + " days before the order); line value "
								+ Texts.number(value) + " USD",
						"A customer of " + days + " days orders " + Texts.number(tx.quantity()) + " units worth "
								+ Texts.number(value) + " USD (at or above " + Texts.number(rules.newCustomerLargeOrderUsd())
								+ "): a first-time bulk buyer of advanced ICs is a red flag.",
						rules.guidanceCitation()));
			}
		}
		volume(tx, policy, rules, value, hits);
		parent(tx, policy, rules, hits);
		String address = consignee.address();
		rules.residentialTerms().find(address).ifPresent((term) -> hits.add(hit(policy, ADDRESS, Severity.REVIEW,
				"ultimate_consignee_address", "'" + term + "' in ultimate_consignee_address \"" + consignee.address() + "\"",
				"The consignee address looks residential ('" + term + "') for " + Texts.number(tx.quantity())
						+ " advanced ICs: a residential or vague address ordering commercial quantities is a red flag.",
				rules.guidanceCitation())));
		return hits;
	}

	private static void transshipment(ExportTransaction tx, Policy policy, DiversionRules rules, List<Hit> hits) {
		String endUserCountry = (tx.endUser() != null) ? tx.endUser().country() : null;
		String consigneeCountry = tx.ultimateConsignee().country();
		String shipTo = tx.shipToCountry();
		String destination = (endUserCountry != null) ? endUserCountry : consigneeCountry;
		List<String> differing = new ArrayList<>(2);
		if (shipTo != null && destination != null && !shipTo.equals(destination)) {
			differing.add("ship_to_country=" + shipTo);
		}
		if (endUserCountry != null && consigneeCountry != null && !consigneeCountry.equals(endUserCountry)) {
			differing.add("ultimate_consignee_country=" + consigneeCountry);
		}
		if (differing.isEmpty() || destination == null) {
			return;
		}
		String hub = null;
		for (String country : new String[] { shipTo, consigneeCountry }) {
			if (country != null && !country.equals(destination) && rules.hubs().contains(country)) {
				hub = country;
				break;
			}
		}
		Severity severity = (hub != null) ? Severity.REVIEW : Severity.INFO;
		String field = differing.get(0).substring(0, differing.get(0).indexOf('='));
		hits.add(hit(policy, TRANSSHIPMENT, severity, field,
				String.join(", ", differing) + " vs " + ((endUserCountry != null) ? "end_user_country" : "ultimate_consignee_country")
						+ "=" + destination + ((hub != null) ? "; " + hub + " is a transshipment hub" : ""),
				"The goods go to " + Texts.country((shipTo != null && !shipTo.equals(destination)) ? shipTo : consigneeCountry)
						+ " but the end user is in " + Texts.country(destination)
						+ ((hub != null) ? ", through a known transshipment hub: confirm the routing and the end user (practice)."
								: ": note the routing (practice)."),
				rules.practiceCitation()));
	}

	private static void payment(ExportTransaction tx, Policy policy, DiversionRules rules, List<Hit> hits) {
		String payment = tx.paymentCountry();
		if (Texts.blank(payment)) {
			return;
		}
		Set<String> parties = new HashSet<>();
		for (Party party : tx.parties()) {
			if (party.country() != null) {
				parties.add(party.country());
			}
		}
		for (String parent : new String[] { tx.endUserParentCountry(), tx.ultimateConsigneeParentCountry(),
				tx.purchaserParentCountry() }) {
			if (parent != null) {
				parties.add(parent);
			}
		}
		if (!parties.contains(payment)) {
			hits.add(hit(policy, PAYMENT, Severity.REVIEW, "payment_country",
					"payment_country=" + payment + "; party countries " + new java.util.TreeSet<>(parties),
					"Payment comes from " + Texts.country(payment)
							+ ", where none of the parties is: ask why a third country pays (practice).",
					rules.practiceCitation()));
		}
	}

	/** An ultimate parent of the end user, consignee or purchaser headquartered in D:1/D:4, outside that party's country. */
	private static void parent(ExportTransaction tx, Policy policy, DiversionRules rules, List<Hit> hits) {
		List<String> evidence = new ArrayList<>(1);
		List<String> sentences = new ArrayList<>(1);
		String field = null;
		for (String party : List.of("end_user", "ultimate_consignee", "purchaser")) {
			PartyCountry parent = PartyCountry.parent(tx, party);
			String located = PartyCountry.located(tx, party);
			if (parent == null || parent.country().equals(located)
					|| !policy.groups().isInAny(rules.parentGroups(), parent.country(), tx.orderDate())
					|| policy.groups().isInAny(rules.parentUnlessGroups(), parent.country(), tx.orderDate())
					|| headquartersRule(policy, parent.country(), tx)) {
				continue;
			}
			List<String> groups = policy.groups().groupsOf(parent.country(), tx.orderDate());
			field = (field != null) ? field : parent.field();
			evidence.add(parent + " " + groups + ", " + party + "_country=" + located);
			sentences.add("the " + PartyCountry.role(party) + "'s ultimate parent is headquartered in "
					+ Texts.country(parent.country()) + " (" + String.join(", ", groups) + "), outside the "
					+ PartyCountry.role(party) + "'s country");
		}
		if (field == null) {
			return;
		}
		String joined = String.join("; ", sentences);
		hits.add(hit(policy, PARENT, Severity.REVIEW, field, String.join("; ", evidence),
				Character.toUpperCase(joined.charAt(0)) + joined.substring(1)
						+ ": a red flag for diversion; confirm where the items will be used and by whom.",
				rules.guidanceCitation()));
	}

	/** {@code DIVERSION-VOLUME}'s customer: the purchaser, or the consignee; every row is counted. */
	@Override
	public Collection<String> accounts(ExportTransaction tx, Policy policy) {
		return List.of("customer:" + customerKey(tx));
	}

	private static String customerKey(ExportTransaction tx) {
		Party customer = (tx.purchaser() != null) ? tx.purchaser() : tx.ultimateConsignee();
		return CustomerHistory.customerKey(customer.name(), customer.country());
	}

	/** A parent the headquarters licence rule covers (D:5, Macau) is HQ-D5's, not a red flag as well. */
	private static boolean headquartersRule(Policy policy, String parent, ExportTransaction tx) {
		io.shipscreen.policy.DestinationRule rule = policy.destination().headquarters();
		return rule != null && rule.matches(policy.groups(), parent, tx.orderDate());
	}

	private void volume(ExportTransaction tx, Policy policy, DiversionRules rules, BigDecimal value, List<Hit> hits) {
		Party customer = (tx.purchaser() != null) ? tx.purchaser() : tx.ultimateConsignee();
		String key = customerKey(tx);
		CustomerHistory.Snapshot before = this.history.record(key, tx.transactionId(), value, tx.quantity());
		if (before.count() < rules.volumeMinHistory() || value.compareTo(rules.volumeMinValueUsd()) < 0
				|| before.averageValue().signum() <= 0) {
			return;
		}
		BigDecimal ratio = value.divide(before.averageValue(), 1, RoundingMode.HALF_UP);
		if (ratio.compareTo(rules.volumeFactor()) > 0) {
			hits.add(hit(policy, VOLUME, Severity.REVIEW, "quantity",
					"line " + Texts.number(tx.quantity()) + " units, " + Texts.number(value) + " USD = " + ratio
							+ "x the average of " + Texts.number(before.averageValue()) + " USD (" + Texts.number(before.averageQuantity())
							+ " units) over " + before.count() + " earlier lines",
					"This line (" + Texts.number(value) + " USD) is " + ratio + " times " + customer.name()
							+ "'s average order so far (" + Texts.number(before.averageValue()) + " USD over " + before.count()
							+ " lines), above the factor " + Texts.number(rules.volumeFactor()) + ": ask for the business reason.",
					rules.guidanceCitation()));
		}
	}

	private static Hit hit(Policy policy, String ruleId, Severity severity, String field, String evidence, String reason,
			String citation) {
		return new Hit(ruleId, policy.id(), policy.version(), severity, field, evidence, reason, citation);
	}

}
