package io.shipscreen.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.shipscreen.policy.CatalogueEntry;
import io.shipscreen.policy.ItemClass;
import io.shipscreen.policy.ItemClassifier;
import io.shipscreen.policy.PartRule;
import io.shipscreen.policy.Policy;
import io.shipscreen.policy.ProductCatalogue;
import io.shipscreen.shared.Severity;
import io.shipscreen.transaction.ExportTransaction;

/**
 * Licence requirements for named parts or part families whatever their ECCN ({@code part-rules:}
 * of a policy), e.g. the April 2025 "is-informed" letters for NVIDIA H20 / AMD MI308-class chips
 * to China (incl. Hong Kong and Macau), D:5 and entities headquartered there, although they are
 * below 3A090. The part is recognised by the product catalogue, from the part number, else the
 * description; the rule is tested on the destination parties and, where it says so, on every
 * party's ultimate parent.
 */
@Component
public class PartRuleCheck implements Check {

	private final ItemClassifier classifier;

	private final ProductCatalogue catalogue;

	private final LicenceResolver licences;

	public PartRuleCheck(ItemClassifier classifier, ProductCatalogue catalogue, LicenceResolver licences) {
		this.classifier = classifier;
		this.catalogue = catalogue;
		this.licences = licences;
	}

	@Override
	public String name() {
		return "part-rules";
	}

	@Override
	public List<Hit> check(ExportTransaction tx, ScreeningContext context) {
		Policy policy = context.policy();
		if (policy.partRules().isEmpty()) {
			return List.of();
		}
		Optional<CatalogueEntry> part = Optional.empty();
		boolean looked = false;
		List<Hit> hits = new ArrayList<>(1);
		for (PartRule rule : policy.partRules()) {
			if (!rule.inForceOn(tx.orderDate())) {
				continue;
			}
			if (!looked) {
				part = this.catalogue.find(tx.itemPartNumber(), tx.itemDescription());
				looked = true;
			}
			if (part.isEmpty() || !rule.covers(part.get())) {
				continue;
			}
			List<PartyCountry> in = new ArrayList<>(2);
			Severity severity = Severity.valueOf(rule.severity().name());
			for (PartyCountry pc : PartyCountry.destinations(tx)) {
				if (policy.destination().parties().containsKey(pc.party())
						&& rule.destination(policy.groups(), pc.country(), tx.orderDate())) {
					in.add(pc);
				}
			}
			List<PartyCountry> parents = new ArrayList<>(1);
			if (rule.headquarters()) {
				for (String party : policy.destination().headquartersParties().keySet()) {
					PartyCountry parent = PartyCountry.parent(tx, party);
					// a parent in a destination country already caught is not named twice
					if (parent != null && rule.destination(policy.groups(), parent.country(), tx.orderDate())
							&& in.stream().noneMatch((pc) -> policy.groups().resolve(pc.country())
								.equals(policy.groups().resolve(parent.country())))) {
						parents.add(parent);
					}
				}
			}
			if (in.isEmpty() && parents.isEmpty()) {
				continue;
			}
			ItemClass item = this.classifier.classify(tx, policy);
			CatalogueEntry entry = part.get();
			String where = in.stream().map((pc) -> Texts.country(pc.country())).distinct().collect(Collectors.joining(", "));
			String owners = parents.stream()
				.map((pc) -> "the " + PartyCountry.role(pc.party()) + "'s ultimate parent in " + Texts.country(pc.country()))
				.collect(Collectors.joining(", "));
			String to = where + ((!where.isEmpty() && !owners.isEmpty()) ? " and to parties with " : "")
					+ (where.isEmpty() ? "parties with " : "") + owners;
			String reason = "A licence is required for " + entry.name() + " to " + to + " under " + rule.label() + " (from "
					+ rule.from() + ")" + (item.controlled() ? ""
							: item.performanceKnown() ? ", although the part is below 3A090" : ", whatever its classification");
			List<PartyCountry> all = new ArrayList<>(in);
			all.addAll(parents);
			String evidence = all.stream().map(PartyCountry::toString).collect(Collectors.joining(", ")) + "; part "
					+ entry.id() + ((entry.family() != null) ? " (" + entry.family() + ")" : "") + " from '"
					+ (entry.matches(tx.itemPartNumber()) ? tx.itemPartNumber() : tx.itemDescription()) + "'; "
					+ ((item.eccn() != null) ? DestinationCheck.itemEvidence(item)
							: (item.performanceKnown() ? "item not 3A090 (" : "item of unknown classification (") + item.basis() + ")"
									+ (item.performanceKnown() ? ", TPP " + Texts.number(item.tppPerUnit()) + "/unit" : ""));
			hits.addAll(this.licences.resolve(new Requirement(rule.ruleId(), severity, all.get(0).field(), evidence, reason,
					rule.citation()), tx, policy, item));
		}
		return hits;
	}

}
