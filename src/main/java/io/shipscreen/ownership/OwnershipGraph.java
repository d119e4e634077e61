package io.shipscreen.ownership;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.shipscreen.parties.SourceList;

/**
 * The register as a graph of companies and holdings, with every entity's status under every
 * ownership rule worked out once at start. Restriction is a fixpoint: listed owners are
 * restricted; an entity whose restricted owners hold the rule's threshold or more in aggregate
 * becomes restricted too (as its most restrictive owner), and counts as a restricted owner further
 * down. Each node is restricted at most once and re-visited only when its list gets more
 * restrictive, so cycles end and the work is linear in the holdings. Shares along a chain are not
 * multiplied: as under OFAC's and BIS's guidance, a 51 % subsidiary of a listed party is itself
 * restricted, and so is its own 70 % subsidiary.
 */
public final class OwnershipGraph {

	static final int NONE = Integer.MAX_VALUE;

	private static final double EPSILON = 1e-9;

	/** At most this many ownership paths are spelled out in a hit's evidence. */
	private static final int MAX_PATHS = 6;

	/** Steps the search for paths may take: a dense web of cross-holdings must not stall a row. */
	private static final int PATH_SEARCH_BUDGET = 300;

	/** A company or person of the register. */
	public record Node(int id, String key, String name, String country, List<String> names) {
	}

	/** {@code owner} holds {@code share} % (or {@code null}: unknown) of {@code entity}. */
	public record Edge(int owner, int entity, Double share, Holding holding) {
	}

	/** An owner who is on a list, and the path from it to the entity, listed owner first. */
	public record OwnershipPath(int root, List<Edge> edges) {
	}

	/**
	 * An entity's status under one rule.
	 *
	 * @param node the entity
	 * @param restricted true when restricted through ownership; false when a listed (or
	 * possibly restricted) owner holds a share the register does not know (red flag 29)
	 * @param list the list it is restricted as (its most restrictive owner's)
	 * @param aggregate the known share held by restricted owners, in %
	 * @param owners the holdings that make it restricted (or possibly so), largest share first
	 * @param paths listed owners and how they reach the entity
	 */
	public record Restriction(Node node, boolean restricted, SourceList list, double aggregate, List<Edge> owners,
			List<OwnershipPath> paths) {
	}

	private final List<Node> nodes;

	private final List<Listing>[] listings;

	private final List<Edge>[] out;

	private final List<OwnershipRule> rules;

	private final RuleState[] states;

	@SuppressWarnings("unchecked")
	OwnershipGraph(List<Node> nodes, List<Edge> edges, List<Listing>[] listings, List<OwnershipRule> rules) {
		this.nodes = List.copyOf(nodes);
		this.listings = listings;
		this.out = new List[nodes.size()];
		for (int i = 0; i < nodes.size(); i++) {
			this.out[i] = new ArrayList<>(1);
		}
		for (Edge edge : edges) {
			this.out[edge.owner()].add(edge);
		}
		this.rules = List.copyOf(rules);
		this.states = new RuleState[rules.size()];
		for (int r = 0; r < rules.size(); r++) {
			this.states[r] = new RuleState(rules.get(r));
		}
	}

	public List<Node> nodes() {
		return this.nodes;
	}

	public List<OwnershipRule> rules() {
		return this.rules;
	}

	public List<Listing> listings(int node) {
		return this.listings[node];
	}

	/** Nodes restricted through ownership (or possibly so) under some rule: what a party may match. */
	public List<Node> affected() {
		List<Node> affected = new ArrayList<>();
		for (Node node : this.nodes) {
			for (RuleState state : this.states) {
				if (state.ownRank[node.id()] != NONE || state.possible[node.id()]) {
					affected.add(node);
					break;
				}
			}
		}
		return affected;
	}

	/** How many entities are restricted through ownership under each rule (for the run facts). */
	public Map<String, long[]> counts() {
		Map<String, long[]> counts = new java.util.LinkedHashMap<>();
		for (RuleState state : this.states) {
			long restricted = 0;
			long possible = 0;
			for (int n = 0; n < this.nodes.size(); n++) {
				restricted += (state.ownRank[n] != NONE) ? 1 : 0;
				possible += state.possible[n] ? 1 : 0;
			}
			counts.put(state.rule.id(), new long[] { restricted, possible });
		}
		return counts;
	}

	/**
	 * The entity's status under {@code rule} through ownership, if any. Empty when it is not
	 * restricted through ownership, or when it is listed itself at least as restrictively (the
	 * party check reports that).
	 */
	public Optional<Restriction> restriction(OwnershipRule rule, int node) {
		RuleState state = this.states[this.rules.indexOf(rule)];
		if (state.ownRank[node] != NONE) {
			if (state.directRank[node] <= state.ownRank[node]) {
				return Optional.empty();
			}
			List<Edge> owners = sorted(state.contributors[node]);
			return Optional.of(new Restriction(this.nodes.get(node), true, rule.lists().get(state.ownRank[node]),
					state.aggregate[node], owners, paths(state, node)));
		}
		if (state.possible[node] && state.directRank[node] == NONE) {
			List<Edge> owners = new ArrayList<>(sorted(state.contributors[node]));
			owners.addAll(sorted(state.via[node]));
			return Optional.of(new Restriction(this.nodes.get(node), false, rule.lists().get(state.possibleRank[node]),
					state.aggregate[node], owners, paths(state, node)));
		}
		return Optional.empty();
	}

	private static List<Edge> sorted(List<Edge> edges) {
		if (edges == null) {
			return List.of();
		}
		List<Edge> copy = new ArrayList<>(edges);
		copy.sort(Comparator.comparing((Edge e) -> (e.share() != null) ? -e.share() : 1.0));
		return copy;
	}

	private static List<Edge> concat(List<Edge> a, List<Edge> b) {
		List<Edge> all = new ArrayList<>((a != null) ? a : List.of());
		all.addAll(b);
		return all;
	}

	/** Listed owners reached backwards from {@code node}, depth first, each path without repeats. */
	private List<OwnershipPath> paths(RuleState state, int node) {
		List<OwnershipPath> paths = new ArrayList<>();
		walk(state, node, new ArrayDeque<>(), new HashSet<>(Set.of(node)), paths, new int[] { PATH_SEARCH_BUDGET });
		if (paths.isEmpty()) {
			paths.add(firstCause(state, node));
		}
		paths.sort(Comparator.comparingInt((OwnershipPath p) -> state.directRank[p.root()])
			.thenComparing((OwnershipPath p) -> (p.edges().get(0).share() != null) ? -p.edges().get(0).share() : 1.0));
		return paths;
	}

	/**
	 * The path by which the node was first reached: each step goes to an owner restricted (or
	 * found possibly restricted) earlier, so it ends at a listed owner without repeating.
	 */
	private OwnershipPath firstCause(RuleState state, int node) {
		Deque<Edge> edges = new ArrayDeque<>();
		int current = node;
		while (state.directRank[current] == NONE) {
			Edge cause = (state.ownRank[current] != NONE) ? state.cause[current] : state.possibleCause[current];
			edges.addFirst(cause);
			current = cause.owner();
		}
		return new OwnershipPath(current, List.copyOf(edges));
	}

	private void walk(RuleState state, int node, Deque<Edge> suffix, Set<Integer> onPath, List<OwnershipPath> paths,
			int[] budget) {
		if (paths.size() >= MAX_PATHS || --budget[0] < 0) {
			return;
		}
		List<Edge> incoming = (state.ownRank[node] != NONE || state.via[node] == null)
				? ((state.contributors[node] != null) ? state.contributors[node] : List.of())
				: concat(state.contributors[node], state.via[node]);
		for (Edge edge : incoming) {
			int owner = edge.owner();
			if (!onPath.add(owner)) {
				continue;
			}
			suffix.addFirst(edge);
			if (state.directRank[owner] != NONE) {
				paths.add(new OwnershipPath(owner, List.copyOf(suffix)));
			}
			else {
				walk(state, owner, suffix, onPath, paths, budget);
			}
			suffix.removeFirst();
			onPath.remove(owner);
			if (paths.size() >= MAX_PATHS) {
				return;
			}
		}
	}

	/** One rule's fixpoint over the graph. */
	private final class RuleState {

		final OwnershipRule rule;

		/** The node's own listing's rank in the rule's lists, or NONE. */
		final int[] directRank;

		/** The rank it is restricted as through ownership, or NONE. */
		final int[] ownRank;

		/** Known shares held by restricted owners. */
		final double[] aggregate;

		final List<Edge>[] contributors;

		/** The holding from the earliest-restricted owner when the node became restricted. */
		final Edge[] cause;

		/** The holding by which the node was first found possibly restricted. */
		final Edge[] possibleCause;

		final boolean[] possible;

		final int[] possibleRank;

		/** Holdings that make a node possibly restricted: unknown shares, or owners possibly restricted. */
		final List<Edge>[] via;

		@SuppressWarnings("unchecked")
		RuleState(OwnershipRule rule) {
			this.rule = rule;
			int n = OwnershipGraph.this.nodes.size();
			this.directRank = new int[n];
			this.ownRank = new int[n];
			this.aggregate = new double[n];
			this.contributors = new List[n];
			this.cause = new Edge[n];
			this.possibleCause = new Edge[n];
			this.possible = new boolean[n];
			this.possibleRank = new int[n];
			this.via = new List[n];
			java.util.Arrays.fill(this.ownRank, NONE);
			java.util.Arrays.fill(this.possibleRank, NONE);
			Deque<Integer> queue = new ArrayDeque<>();
			for (int i = 0; i < n; i++) {
				this.directRank[i] = NONE;
				for (Listing listing : OwnershipGraph.this.listings[i]) {
					int rank = rule.rank(listing.entry().list());
					if (rank >= 0) {
						this.directRank[i] = Math.min(this.directRank[i], rank);
					}
				}
				if (this.directRank[i] != NONE) {
					queue.add(i);
				}
			}
			restrict(new ArrayDeque<>(queue));
			markPossible();
			// largest share first, once, for the evidence and the path search
			for (int i = 0; i < n; i++) {
				if (this.contributors[i] != null) {
					this.contributors[i] = sorted(this.contributors[i]);
				}
				if (this.via[i] != null) {
					this.via[i] = sorted(this.via[i]);
				}
			}
		}

		int rank(int node) {
			return Math.min(this.directRank[node], this.ownRank[node]);
		}

		private void restrict(Deque<Integer> queue) {
			double threshold = this.rule.thresholdPercent() - EPSILON;
			Set<Edge> counted = Collections.newSetFromMap(new IdentityHashMap<>());
			// when each node was restricted: a cause is always restricted before what it causes
			int[] order = new int[this.directRank.length];
			java.util.Arrays.fill(order, NONE);
			int clock = 0;
			for (int node : queue) {
				order[node] = clock++;
			}
			while (!queue.isEmpty()) {
				int owner = queue.poll();
				int rank = rank(owner);
				for (Edge edge : OwnershipGraph.this.out[owner]) {
					if (edge.share() == null) {
						continue;
					}
					int entity = edge.entity();
					if (counted.add(edge)) {
						this.aggregate[entity] += edge.share();
						add(this.contributors, entity, edge);
					}
					int before = rank(entity);
					if (this.ownRank[entity] != NONE) {
						this.ownRank[entity] = Math.min(this.ownRank[entity], rank);
					}
					else if (this.aggregate[entity] >= threshold) {
						int best = NONE;
						for (Edge contributor : this.contributors[entity]) {
							best = Math.min(best, rank(contributor.owner()));
							if (this.cause[entity] == null || order[contributor.owner()] < order[this.cause[entity].owner()]) {
								this.cause[entity] = contributor;
							}
						}
						this.ownRank[entity] = best;
						if (order[entity] == NONE) {
							order[entity] = clock++;
						}
					}
					if (rank(entity) < before) {
						queue.add(entity);
					}
				}
			}
		}

		/**
		 * Red flag 29 and its reach: an entity not restricted, but with a restricted (or possibly
		 * restricted) owner of unknown share, or whose restricted and possibly restricted owners'
		 * known shares reach the threshold, may be restricted; so may what it owns.
		 */
		private void markPossible() {
			int n = OwnershipGraph.this.nodes.size();
			double threshold = this.rule.thresholdPercent() - EPSILON;
			double[] possibleShare = new double[n];
			Deque<Integer> queue = new ArrayDeque<>();
			for (int i = 0; i < n; i++) {
				if (rank(i) != NONE) {
					queue.add(i);
				}
			}
			Set<Edge> counted = Collections.newSetFromMap(new IdentityHashMap<>());
			while (!queue.isEmpty()) {
				int owner = queue.poll();
				boolean ownerRestricted = rank(owner) != NONE;
				int rank = ownerRestricted ? rank(owner) : this.possibleRank[owner];
				for (Edge edge : OwnershipGraph.this.out[owner]) {
					int entity = edge.entity();
					if (rank(entity) != NONE) {
						continue;
					}
					boolean reaches;
					if (edge.share() == null) {
						reaches = true;
					}
					else if (ownerRestricted) {
						continue;
					}
					else {
						if (counted.add(edge)) {
							possibleShare[entity] += edge.share();
						}
						reaches = this.aggregate[entity] + possibleShare[entity] >= threshold;
					}
					if (!reaches) {
						continue;
					}
					if (this.via[entity] == null || !this.via[entity].contains(edge)) {
						add(this.via, entity, edge);
					}
					if (!this.possible[entity]) {
						this.possibleCause[entity] = edge;
					}
					if (!this.possible[entity] || rank < this.possibleRank[entity]) {
						this.possible[entity] = true;
						this.possibleRank[entity] = Math.min(this.possibleRank[entity], rank);
						queue.add(entity);
					}
				}
			}
		}

		private static void add(List<Edge>[] lists, int index, Edge edge) {
			if (lists[index] == null) {
				lists[index] = new ArrayList<>(2);
			}
			lists[index].add(edge);
		}

	}

}
