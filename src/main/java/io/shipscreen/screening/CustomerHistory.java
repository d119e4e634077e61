package io.shipscreen.screening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.shipscreen.policy.PoliciesProperties;

/**
 * Per-customer running order statistics for {@code DIVERSION-VOLUME}, over the data this process
 * has screened so far. Bounded: the least recently seen customers are dropped beyond
 * {@code shipscreen.policies.customer-history-size}. Thread-safe (one lock; the critical section
 * is a map look-up and a few additions). A transaction seen again (a chunk replayed after a
 * failure) is not counted twice.
 */
@Component
public class CustomerHistory {

	private static final int REMEMBERED_IDS = 32;

	private final Map<String, Stats> customers;

	@Autowired
	public CustomerHistory(PoliciesProperties properties) {
		this(properties.customerHistorySize());
	}

	CustomerHistory(int capacity) {
		this.customers = new LinkedHashMap<>(1024, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Stats> eldest) {
				return size() > capacity;
			}
		};
	}

	/** The history before this line, then records the line. */
	Snapshot record(String customer, String transactionId, BigDecimal value, long quantity) {
		synchronized (this.customers) {
			Stats stats = this.customers.computeIfAbsent(customer, (c) -> new Stats());
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
		synchronized (this.customers) {
			return this.customers.size();
		}
	}

	/** A customer's earlier lines: how many, and their average value and quantity. */
	record Snapshot(int count, BigDecimal averageValue, BigDecimal averageQuantity) {
	}

	private static final class Stats {

		int count;

		BigDecimal totalValue = BigDecimal.ZERO;

		long totalQuantity;

		final ArrayDeque<String> ids = new ArrayDeque<>();

		Snapshot snapshot() {
			if (this.count == 0) {
				return new Snapshot(0, BigDecimal.ZERO, BigDecimal.ZERO);
			}
			BigDecimal n = BigDecimal.valueOf(this.count);
			return new Snapshot(this.count, this.totalValue.divide(n, 2, RoundingMode.HALF_UP),
					BigDecimal.valueOf(this.totalQuantity).divide(n, 2, RoundingMode.HALF_UP));
		}

		/** A replayed line: the history without it. */
		Snapshot snapshotExcluding(BigDecimal value, long quantity) {
			int others = this.count - 1;
			if (others <= 0) {
				return new Snapshot(0, BigDecimal.ZERO, BigDecimal.ZERO);
			}
			BigDecimal n = BigDecimal.valueOf(others);
			return new Snapshot(others, this.totalValue.subtract(value).divide(n, 2, RoundingMode.HALF_UP),
					BigDecimal.valueOf(this.totalQuantity - quantity).divide(n, 2, RoundingMode.HALF_UP));
		}

	}

}
