package io.shipscreen.ownership;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.shipscreen.parties.ClearedMatches;
import io.shipscreen.parties.Corroboration;
import io.shipscreen.parties.ListEntry;
import io.shipscreen.parties.NameMatch;
import io.shipscreen.parties.PartiesProperties;
import io.shipscreen.screening.Check;
import io.shipscreen.screening.Hit;
import io.shipscreen.screening.ScreeningContext;
import io.shipscreen.shared.Severity;
import io.shipscreen.transaction.ExportTransaction;
import io.shipscreen.transaction.Party;

/**
 * Screens every party of a row against the ownership register: a party that is (or closely
 * matches) a register entity restricted through ownership under a rule in force on the order
 * date gets the hit its owners' list demands ({@code PARTY-EL-AFFILIATE}, {@code PARTY-SDN-50},
 * ...), naming the owners, their lists, the shares and the path. A listed owner of unknown share
 * needs review (red flag 29). Under a suspended rule the finding is recorded (INFO), not flagged.
 * The hits read like the party check's, so the good-guy list and the review round trip treat
 * them alike: a reviewer's FALSE POSITIVE clears the pair (party, principal listed owner's
 * entry), shown as {@code PARTY-CLEARED} from then on. Thread-safe.
 */
@Component
public class OwnershipCheck implements Check {

	public static final String CLEARED_RULE = "PARTY-CLEARED";

	private final OwnershipScreen screen;

	private final ClearedMatches cleared;

	private final PartiesProperties properties;

	public OwnershipCheck(OwnershipScreen screen, ClearedMatches cleared, PartiesProperties properties) {
		this.screen = screen;
		this.cleared = cleared;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "ownership";
	}

	@Override
	public List<Hit> check(ExportTransaction transaction, ScreeningContext context) {
		if (this.screen.entities() == null) {
			return List.of();
		}
		List<Hit> hits = new ArrayList<>();
		for (Party party : transaction.parties()) {
			hits.addAll(screen(party, transaction));
		}
		return hits;
	}

	/** The ownership hits for one party on the row's order date. */
	public List<Hit> screen(Party party, ExportTransaction transaction) {
		List<Hit> hits = new ArrayList<>();
		int entities = 0;
		for (NameMatch match : this.screen.entities().match(party.name())) {
			double score = Corroboration.adjust(match.score(), party.country(), null, match.entry()).score();
			if (score < this.properties.reviewThreshold()) {
				continue;
			}
			OwnershipGraph.Node node = this.screen.graph().nodes().get(Integer.parseInt(match.entry().id()));
			boolean any = false;
			for (OwnershipRule rule : this.screen.rules().rules()) {
				OwnershipRule.Status status = rule.statusOn(transaction.orderDate());
				if (status instanceof OwnershipRule.NotYet) {
					continue;
				}
				Optional<OwnershipGraph.Restriction> restriction = this.screen.graph().restriction(rule, node.id());
				if (restriction.isPresent()) {
					hits.add(hit(party, match, score, rule, status, restriction.get()));
					any = true;
				}
			}
			if (any && ++entities >= this.properties.maxHitsPerParty()) {
				break;
			}
		}
		return hits;
	}

	private Hit hit(Party party, NameMatch match, double score, OwnershipRule rule, OwnershipRule.Status status,
			OwnershipGraph.Restriction restriction) {
		OwnershipGraph graph = this.screen.graph();
		OwnershipGraph.OwnershipPath principalPath = restriction.paths().get(0);
		Listing principal = listing(principalPath.root(), rule);
		String entity = restriction.node().name();
		String opening = role(party) + " '" + party.name() + "' matches ownership register entity '" + entity + "'"
				+ ((score < 0.995) ? " (score " + score(score) + ")" : "");
		String evidence = evidence(match, score, rule, restriction);
		ClearedMatches.Lookup lookup = this.cleared.lookup(party.name(), principal.entry());
		String citation = restriction.restricted() ? rule.citation() : rule.unknownShareCitation();
		String version = this.screen.id();
		String policyId = "ownership-" + rule.id();
		if (lookup instanceof ClearedMatches.Cleared) {
			String how = ClearedMatches.describe(lookup).orElseThrow();
			return new Hit(CLEARED_RULE, policyId, version, Severity.INFO, party.field(), evidence + "; " + how,
					opening + ", owned by " + owners(restriction, rule) + "; not a match: " + how + ".", citation);
		}
		String reopened = ClearedMatches.describe(lookup).map((text) -> "; " + text).orElse("");
		if (status instanceof OwnershipRule.Suspended suspended) {
			OwnershipRule.Suspension period = suspended.suspension();
			return new Hit(rule.suspendedRuleId(restriction.list()), policyId, version, Severity.INFO, party.field(),
					evidence + reopened,
					opening + ", " + ownedBy(restriction, rule) + "; the " + rule.title() + " that would restrict it is "
							+ "suspended from " + period.from() + " to " + period.to()
							+ ((period.citation() != null) ? " (" + period.citation() + ")" : "")
							+ ", so this is recorded, not flagged.",
					(period.citation() != null) ? citation + "; suspended by " + period.citation() : citation);
		}
		if (!restriction.restricted()) {
			return new Hit(rule.unknownShareRuleId(restriction.list()), policyId, version, Severity.REVIEW,
					party.field(), evidence + reopened,
					opening + ", " + ownedBy(restriction, rule) + "; under the " + rule.title() + " a listed share of "
							+ percent(rule.thresholdPercent()) + " or more would restrict it as its owners are, so "
							+ "find out the share before shipping.",
					citation);
		}
		Severity severity = restriction.list().strongMatchSeverity();
		if (score < this.properties.holdThreshold()) {
			// a fuzzy match to the register entity: a human decides whether it is the same company
			severity = Severity.REVIEW;
		}
		return new Hit(rule.ruleId(restriction.list()), policyId, version, severity, party.field(),
				evidence + reopened, opening + ", " + ownedBy(restriction, rule) + ", so under the " + rule.title()
						+ " it is treated as its owners are: " + consequence(rule, restriction) + ".",
				citation);
	}

	/** "60 % owned by Entity List party 'Huawei …'", or "… in aggregate by …". */
	private String ownedBy(OwnershipGraph.Restriction restriction, OwnershipRule rule) {
		if (!restriction.restricted()) {
			return "owned by " + owners(restriction, rule);
		}
		boolean aggregate = restriction.owners().size() > 1;
		return percent(restriction.aggregate()) + " owned" + (aggregate ? " in aggregate" : "") + " by "
				+ owners(restriction, rule);
	}

	/** The direct owners that count, each with its share and, for an owner restricted in turn, its listed owners. */
	private String owners(OwnershipGraph.Restriction restriction, OwnershipRule rule) {
		OwnershipGraph graph = this.screen.graph();
		List<String> parts = new ArrayList<>();
		for (OwnershipGraph.Edge edge : restriction.owners()) {
			OwnershipGraph.Node owner = graph.nodes().get(edge.owner());
			String share = (edge.share() != null) ? percent(edge.share()) : "an unknown share";
			Listing listing = listing(edge.owner(), rule);
			if (listing != null) {
				parts.add(listing.entry().list().title() + " party '" + owner.name() + "' (" + share + ")");
			}
			else {
				String roots = restriction.paths()
					.stream()
					.filter((path) -> path.edges().stream().anyMatch((e) -> e == edge))
					.map((path) -> listedName(path.root(), rule))
					.distinct()
					.collect(Collectors.joining(" and "));
				parts.add("'" + owner.name() + "' (" + share + ")"
						+ (roots.isEmpty() ? "" : ", itself owned through " + roots));
			}
			if (parts.size() == 4 && restriction.owners().size() > 4) {
				parts.add((restriction.owners().size() - 4) + " more");
				break;
			}
		}
		return join(parts);
	}

	private String listedName(int node, OwnershipRule rule) {
		Listing listing = listing(node, rule);
		return listing.entry().list().title() + " party '" + this.screen.graph().nodes().get(node).name() + "'";
	}

	/** The node's listing on the rule's most restrictive list it is on, or {@code null}. */
	private Listing listing(int node, OwnershipRule rule) {
		Listing best = null;
		for (Listing listing : this.screen.graph().listings(node)) {
			int rank = rule.rank(listing.entry().list());
			if (rank >= 0 && (best == null || rank < rule.rank(best.entry().list()))) {
				best = listing;
			}
		}
		return best;
	}

	/** What the restriction means, in the words of the owner's list entry when it gives them. */
	private String consequence(OwnershipRule rule, OwnershipGraph.Restriction restriction) {
		for (OwnershipGraph.OwnershipPath path : restriction.paths()) {
			Listing listing = listing(path.root(), rule);
			ListEntry entry = listing.entry();
			if (entry.list() == restriction.list() && entry.licenseRequirement() != null) {
				String policy = (entry.licensePolicy() != null) ? ", " + lowerFirst(stripDot(entry.licensePolicy())) : "";
				return "licence required " + lowerFirst(stripDot(entry.licenseRequirement())) + policy;
			}
		}
		return rule.consequence();
	}

	private String evidence(NameMatch match, double score, OwnershipRule rule,
			OwnershipGraph.Restriction restriction) {
		OwnershipGraph graph = this.screen.graph();
		StringBuilder out = new StringBuilder();
		OwnershipGraph.Node node = restriction.node();
		out.append("Ownership register entity '").append(node.name()).append("'");
		if (node.country() != null) {
			out.append(" (").append(node.country()).append(')');
		}
		out.append(", score ").append(score(score)).append(" (name ").append(score(match.score())).append(")");
		if (restriction.restricted()) {
			out.append("; ").append(percent(restriction.aggregate())).append(" held by restricted owners (")
				.append(rule.title()).append(" threshold ").append(percent(rule.thresholdPercent())).append(")");
		}
		else {
			out.append("; a listed owner's share is unknown (known restricted share ")
				.append(percent(restriction.aggregate())).append(")");
		}
		// Listed owners, principal first: the first "; id KEY" is the one a reviewer's FALSE POSITIVE clears.
		Map<Integer, Listing> roots = new LinkedHashMap<>();
		for (OwnershipGraph.OwnershipPath path : restriction.paths()) {
			roots.putIfAbsent(path.root(), listing(path.root(), rule));
		}
		roots.forEach((root, listing) -> {
			ListEntry entry = listing.entry();
			out.append("; listed owner '")
				.append(graph.nodes().get(root).name())
				.append("' = ")
				.append(entry.list().title())
				.append(" (")
				.append(entry.list().name())
				.append(") entry '")
				.append(entry.name())
				.append("'");
			if (!listing.asListed().equals(entry.name())) {
				out.append(", matched alias '").append(listing.asListed()).append("'");
			}
			out.append("; id ").append(entry.key()).append(" (fingerprint ").append(entry.fingerprint()).append(')');
			out.append(", score ").append(score(listing.score()));
			if (entry.federalRegisterNotice() != null) {
				out.append(", FR ").append(entry.federalRegisterNotice().split(";")[0].trim());
			}
			out.append(", list file ").append(entry.file());
		});
		out.append("; paths: ");
		out.append(restriction.paths().stream().map((path) -> path(path, rule)).collect(Collectors.joining(" | ")));
		out.append("; holdings: ");
		out.append(restriction.paths()
			.stream()
			.flatMap((path) -> path.edges().stream())
			.distinct()
			.map((edge) -> edge.holding().origin() + (edge.holding().asOf() != null ? " as of " + edge.holding().asOf() : "")
					+ (edge.holding().source() != null ? " (" + edge.holding().source() + ")" : ""))
			.collect(Collectors.joining(", ")));
		out.append("; register ").append(this.screen.id());
		return out.toString();
	}

	/** {@code Huawei Technologies Co., Ltd. [EL] -51 %-> B Ltd -70 %-> C Ltd}. */
	private String path(OwnershipGraph.OwnershipPath path, OwnershipRule rule) {
		OwnershipGraph graph = this.screen.graph();
		StringBuilder out = new StringBuilder(graph.nodes().get(path.root()).name());
		out.append(" [").append(listing(path.root(), rule).entry().list().name()).append(']');
		for (OwnershipGraph.Edge edge : path.edges()) {
			out.append(" -").append((edge.share() != null) ? percent(edge.share()) : "? %").append("-> ")
				.append(graph.nodes().get(edge.entity()).name());
		}
		return out.toString();
	}

	private static String join(List<String> parts) {
		if (parts.size() <= 1) {
			return String.join("", parts);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

	static String percent(double value) {
		return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
				+ " %";
	}

	private static String role(Party party) {
		return switch (party.role()) {
			case PURCHASER -> "Purchaser";
			case INTERMEDIATE_CONSIGNEE -> "Intermediate consignee";
			case ULTIMATE_CONSIGNEE -> "Ultimate consignee";
			case END_USER -> "End user";
		};
	}

	private static String score(double score) {
		return String.format(Locale.ROOT, "%.2f", score);
	}

	private static String stripDot(String text) {
		String trimmed = text.trim();
		return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

}
