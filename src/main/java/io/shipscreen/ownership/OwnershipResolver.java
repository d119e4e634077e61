package io.shipscreen.ownership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.shipscreen.parties.ClearedMatches;
import io.shipscreen.parties.Corroboration;
import io.shipscreen.parties.NameMatch;
import io.shipscreen.parties.NameNormalizer;
import io.shipscreen.parties.PartyMatcher;
import io.shipscreen.parties.SourceList;

/**
 * Builds the {@link OwnershipGraph}: one node per company or person (register names compared
 * normalised, as party screening compares them), one edge per holding, and each owner's listings
 * found by the party matcher over the loaded lists. An owner counts as listed on a strong match
 * (at or above the hold threshold after country corroboration) that the good-guy list does not
 * clear. Rows that contradict the graph (a company owning itself) are reported and left out.
 */
public final class OwnershipResolver {

	private static final Logger log = LoggerFactory.getLogger(OwnershipResolver.class);

	private final PartyMatcher matcher;

	private final ClearedMatches cleared;

	private final double holdThreshold;

	public OwnershipResolver(PartyMatcher matcher, ClearedMatches cleared, double holdThreshold) {
		this.matcher = matcher;
		this.cleared = cleared;
		this.holdThreshold = holdThreshold;
	}

	/** The graph and the rows the resolution had to leave out or warn about. */
	public record Resolved(OwnershipGraph graph, List<RegisterProblem> problems) {
	}

	public Resolved resolve(OwnershipRegister register, OwnershipRules rules) {
		NameNormalizer normalizer = this.matcher.normalizer();
		Map<String, Integer> ids = new HashMap<>();
		List<String> keys = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<String> countries = new ArrayList<>();
		List<List<String>> written = new ArrayList<>();
		List<RegisterProblem> problems = new ArrayList<>();
		Map<Long, OwnershipGraph.Edge> edges = new LinkedHashMap<>();
		long start = System.nanoTime();
		// A register repeats its names (a parent in every subsidiary's row): normalise each once, in parallel.
		Map<String, String> keyOf = new java.util.concurrent.ConcurrentHashMap<>();
		register.holdings()
			.stream()
			.flatMap((holding) -> java.util.stream.Stream.of(holding.entityName(), holding.ownerName()))
			.distinct()
			.toList()
			.parallelStream()
			.forEach((name) -> keyOf.put(name, normalizer.normalize(name).key()));
		for (Holding holding : register.holdings()) {
			String entityKey = keyOf.get(holding.entityName());
			String ownerKey = keyOf.get(holding.ownerName());
			if (entityKey.isEmpty() || ownerKey.isEmpty()) {
				problems.add(new RegisterProblem(holding.file(), holding.row(),
						"a name has no letters or digits to compare: the row is not used"));
				continue;
			}
			if (entityKey.equals(ownerKey)) {
				problems.add(new RegisterProblem(holding.file(), holding.row(),
						"'" + holding.ownerName() + "' is named as owning itself: the row is not used"));
				continue;
			}
			int entity = node(ids, keys, names, countries, written, entityKey, holding.entityName(),
					holding.entityCountry());
			int owner = node(ids, keys, names, countries, written, ownerKey, holding.ownerName(),
					holding.ownerCountry());
			long pair = ((long) owner << 32) | entity;
			OwnershipGraph.Edge edge = new OwnershipGraph.Edge(owner, entity, holding.sharePercent(), holding);
			OwnershipGraph.Edge earlier = edges.get(pair);
			if (earlier == null) {
				edges.put(pair, edge);
			}
			else {
				// The same holding twice (two sources, two dates): a known share beats an unknown one,
				// then the later as_of, then the larger share.
				OwnershipGraph.Edge kept = preferred(earlier, edge);
				edges.put(pair, kept);
				OwnershipGraph.Edge dropped = (kept == edge) ? earlier : edge;
				problems.add(new RegisterProblem(dropped.holding().file(), dropped.holding().row(),
						"repeats the holding of '" + holding.ownerName() + "' in '" + holding.entityName() + "' ("
								+ kept.holding().origin() + " is used)"));
			}
		}
		warnOverfullEntities(edges.values(), names, problems);
		List<OwnershipGraph.Node> nodes = new ArrayList<>(keys.size());
		for (int i = 0; i < keys.size(); i++) {
			nodes.add(new OwnershipGraph.Node(i, keys.get(i), names.get(i), countries.get(i), List.copyOf(written.get(i))));
		}
		boolean[] owns = new boolean[nodes.size()];
		for (OwnershipGraph.Edge edge : edges.values()) {
			owns[edge.owner()] = true;
		}
		Set<SourceList> counted = new java.util.HashSet<>();
		rules.rules().forEach((rule) -> counted.addAll(rule.lists()));
		@SuppressWarnings("unchecked")
		List<Listing>[] listings = new List[nodes.size()];
		long built = System.nanoTime();
		// Only owners can pass a restriction down; the matcher is thread-safe.
		IntStream.range(0, nodes.size()).parallel().forEach((i) -> listings[i] = owns[i]
				? listings(nodes.get(i), counted) : List.of());
		long matched = System.nanoTime();
		OwnershipGraph graph = new OwnershipGraph(nodes, new ArrayList<>(edges.values()), listings, rules.rules());
		log.info("Ownership register: {} names normalised into {} nodes and {} holdings in {} ms, {} owners matched "
				+ "against the lists in {} ms, {} rules resolved in {} ms", keyOf.size(), nodes.size(), edges.size(),
				(built - start) / 1_000_000, IntStream.range(0, owns.length).filter((i) -> owns[i]).count(),
				(matched - built) / 1_000_000, rules.rules().size(), (System.nanoTime() - matched) / 1_000_000);
		return new Resolved(graph, problems);
	}

	private static int node(Map<String, Integer> ids, List<String> keys, List<String> names, List<String> countries,
			List<List<String>> written, String key, String name, String country) {
		Integer id = ids.get(key);
		if (id == null) {
			id = keys.size();
			ids.put(key, id);
			keys.add(key);
			names.add(name);
			countries.add(country);
			written.add(new ArrayList<>(List.of(name)));
			return id;
		}
		if (countries.get(id) == null && country != null) {
			countries.set(id, country);
		}
		List<String> forms = written.get(id);
		if (forms.size() < 8 && !forms.contains(name)) {
			forms.add(name);
		}
		return id;
	}

	private static OwnershipGraph.Edge preferred(OwnershipGraph.Edge a, OwnershipGraph.Edge b) {
		if (a.share() == null || b.share() == null) {
			return (a.share() != null) ? a : b;
		}
		if (a.holding().asOf() != null && b.holding().asOf() != null && !a.holding().asOf().equals(b.holding().asOf())) {
			return a.holding().asOf().isAfter(b.holding().asOf()) ? a : b;
		}
		return (b.share() > a.share()) ? b : a;
	}

	/** Known shares of one entity adding up to more than 100 % are kept, and reported. */
	private static void warnOverfullEntities(Iterable<OwnershipGraph.Edge> edges, List<String> names,
			List<RegisterProblem> problems) {
		Map<Integer, Double> totals = new HashMap<>();
		Map<Integer, Holding> last = new HashMap<>();
		for (OwnershipGraph.Edge edge : edges) {
			if (edge.share() != null) {
				totals.merge(edge.entity(), edge.share(), Double::sum);
				last.put(edge.entity(), edge.holding());
			}
		}
		totals.forEach((entity, total) -> {
			if (total > 100.0 + 1e-9) {
				Holding holding = last.get(entity);
				problems.add(new RegisterProblem(holding.file(), holding.row(), String.format(Locale.ROOT,
						"the shares in '%s' add up to %.1f %%, more than 100 %%: the holdings are used as written, "
								+ "check them",
						names.get(entity), total)));
			}
		});
	}

	private List<Listing> listings(OwnershipGraph.Node node, Set<SourceList> counted) {
		Map<SourceList, Listing> best = new LinkedHashMap<>();
		for (String name : node.names()) {
			for (NameMatch match : this.matcher.match(name)) {
				if (!counted.contains(match.entry().list())) {
					continue;
				}
				double score = Corroboration.adjust(match.score(), node.country(), null, match.entry()).score();
				if (score < this.holdThreshold) {
					continue;
				}
				if (this.cleared.lookup(name, match.entry()) instanceof ClearedMatches.Cleared) {
					continue;
				}
				Listing current = best.get(match.entry().list());
				if (current == null || current.score() < score) {
					best.put(match.entry().list(), new Listing(match.entry(), match.asListed(), score));
				}
			}
		}
		return List.copyOf(best.values());
	}

}
