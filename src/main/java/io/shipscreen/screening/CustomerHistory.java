package io.shipscreen.screening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.shipscreen.policy.PoliciesProperties;
import io.shipscreen.policy.TermMatcher;

/**
 * Per-customer running order statistics for {@code DIVERSION-VOLUME}, over the data this process
 * has screened so far. Bounded: the least recently seen customers are dropped beyond
 * {@code shipscreen.policies.customer-history-size}. Thread-safe (one lock; the critical section
 * is a map look-up and a few additions). Each step execution has a history of its own
 * ({@link StepLocal}). A transaction seen again (a chunk replayed after a
 * failure) is not counted twice.
 */
@Component
public class CustomerHistory {

	private static final int REMEMBERED_IDS = 32;

	/**
	 * One step execution's history: a partitioned night screens several partitions at once, each
	 * over customers of its own (see {@code io.shipscreen.scale.AccountKeys}).
	 */
	private final StepLocal<State> state;

	/** One counted line: what {@link #commitStaged()} returns, to be stored with its chunk. */
	public record Line(String customer, String transactionId, BigDecimal value, long quantity) {
	}

	@Autowired
	public CustomerHistory(PoliciesProperties properties) {
		this(properties.customerHistorySize());
	}

	CustomerHistory(int capacity) {
		this.state = new StepLocal<>(() -> new State(capacity));
	}

	/**
	 * Starts a chunked run: the lines of each row are staged until the job stores them with the
	 * row's chunk, so that a restarted run {@link #seed reloads} them and flags exactly what an
	 * uninterrupted run would. The rows are screened in order on one thread, so a line sees every
	 * earlier line of the run, written or not.
	 */
	public void stageByChunk() {
		this.state.reset().staging = true;
	}

	/**
	 * The staged lines of the transactions just written, in their order; they stop being staged.
	 * Rows screened ahead of that chunk stay staged for their own.
	 */
	public List<Line> commitStaged(List<String> transactionIds) {
		State state = this.state.get();
		synchronized (state) {
			List<Line> lines = new ArrayList<>();
			for (String transactionId : transactionIds) {
				Line line = state.staged.remove(transactionId);
				if (line != null) {
					lines.add(line);
				}
			}
			return lines;
		}
	}

	/** Forgets the staged lines of these transactions (their chunk failed for good). */
	public void discardStaged(List<String> transactionIds) {
		State state = this.state.get();
		synchronized (state) {
			transactionIds.forEach(state.staged::remove);
		}
	}

	/** Forgets every staged line (the step ended), and a step execution's whole history with them. */
	public void discardStaged() {
		State state = this.state.get();
		synchronized (state) {
			state.staged.clear();
		}
		this.state.remove();
	}

	/** Adds an already-screened line (a restarted run reloads what it had committed). */
	public void seed(String customer, String transactionId, BigDecimal value, long quantity) {
		State state = this.state.get();
		synchronized (state) {
			state.add(new Line(customer, transactionId, value, quantity));
		}
	}

	/** The key a line is counted under: the purchaser (or the consignee), name and country. */
	public static String customerKey(String name, String country) {
		return TermMatcher.normalise(name) + "|" + country;
	}

	/** The history before this line, then records the line. */
	Snapshot record(String customer, String transactionId, BigDecimal value, long quantity) {
		State state = this.state.get();
		synchronized (state) {
			if (state.staging) {
				state.staged.put(transactionId, new Line(customer, transactionId, value, quantity));
			}
			Stats stats = state.customers.computeIfAbsent(customer, (c) -> new Stats());
			if (stats.ids.contains(transactionId)) {
				return stats.snapshotExcluding(value, quantity);
			}
			Snapshot before = stats.snapshot();
			stats.count++;
			stats.totalValue = stats.totalValue.add(value);
			stats.totalQuantity += quantity;
			stats.ids.addLast(transactionId);
			if (stats.ids.size() > REMEMBERED_IDS) {
				stats.ids.removeFirst();
			}
			return before;
		}
	}

	int size() {
		State state = this.state.get();
		synchronized (state) {
			return state.customers.size();
		}
	}

	/** The customers seen so far, bounded (least recently seen dropped), and the staged lines. */
	private static final class State {

		final Map<String, Stats> customers;

		/**
		 * Lines screened but not yet written, by transaction id, when staging: the job stores each
		 * chunk's lines with the chunk ({@link #commitStaged}).
		 */
		final Map<String, Line> staged = new HashMap<>();

		boolean staging;

		State(int capacity) {
			// Least recently seen dropped, deterministically: unlike the memos (ItemClassifier,
			// TermMatcher, CountryCodes), this is state a decision depends on, and a restart replays its
			// lines in order to rebuild it exactly. A Caffeine cache evicts by frequency with random
			// tie-breaks: not that.
			this.customers = new LinkedHashMap<>(1024, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<String, Stats> eldest) {
					return size() > capacity;
				}
			};
		}

		void add(Line line) {
			Stats stats = this.customers.computeIfAbsent(line.customer(), (c) -> new Stats());
			if (stats.ids.contains(line.transactionId())) {
				return;
			}
			stats.count++;
			stats.totalValue = stats.totalValue.add(line.value());
			stats.totalQuantity += line.quantity();
			stats.ids.addLast(line.transactionId());
			if (stats.ids.size() > REMEMBERED_IDS) {
				stats.ids.removeFirst();
			}
		}

	}

	/**
	 * A customer's earlier lines: how many, and their totals. The averages are worked out only
	 * for the few rows that get as far as comparing with them.
	 */
	record Snapshot(int count, BigDecimal totalValue, long totalQuantity) {

		static final Snapshot NONE = new Snapshot(0, BigDecimal.ZERO, 0);

		BigDecimal averageValue() {
			return (this.count == 0) ? BigDecimal.ZERO
					: this.totalValue.divide(BigDecimal.valueOf(this.count), 2, RoundingMode.HALF_UP);
		}

		BigDecimal averageQuantity() {
			return (this.count == 0) ? BigDecimal.ZERO
					: BigDecimal.valueOf(this.totalQuantity)
						.divide(BigDecimal.valueOf(this.count), 2, RoundingMode.HALF_UP);
		}

	}

	private static final class Stats {

		int count;

		BigDecimal totalValue = BigDecimal.ZERO;

		long totalQuantity;

		final ArrayDeque<String> ids = new ArrayDeque<>();

		Snapshot snapshot() {
			return (this.count == 0) ? Snapshot.NONE : new Snapshot(this.count, this.totalValue, this.totalQuantity);
		}

		/** A replayed line: the history without it. */
		Snapshot snapshotExcluding(BigDecimal value, long quantity) {
			int others = this.count - 1;
			return (others <= 0) ? Snapshot.NONE
					: new Snapshot(others, this.totalValue.subtract(value), this.totalQuantity - quantity);
		}

	}

}
