package io.shipscreen.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A run's results counted by destination, tier or group, and source file, from one pass over
 * {@code screening_result}: on a million-row night each such table read separately would read
 * the run's rows again.
 */
final class ResultBreakdown {

	private final List<Count> counts = new ArrayList<>();

	private final Map<String, Long> rejectedRowsByFile = new LinkedHashMap<>();

	private record Count(String country, String group, String policy, String file, String decision, long n) {
	}

	/** CLEAR, REVIEW, HOLD and total of one table row. */
	private static final class Tally {

		final long[] byDecision = new long[4];

		void add(Count count) {
			int column = switch (count.decision()) {
				case "CLEAR" -> 0;
				case "REVIEW" -> 1;
				case "HOLD" -> 2;
				default -> -1;
			};
			if (column >= 0) {
				this.byDecision[column] += count.n();
			}
			this.byDecision[3] += count.n();
		}

		long total() {
			return this.byDecision[3];
		}

	}

	static ResultBreakdown of(JdbcTemplate jdbc, long runId) {
		ResultBreakdown breakdown = new ResultBreakdown();
		jdbc.query("""
				SELECT ultimate_consignee_country, destination_group, policy_id, source_file, decision, COUNT(*)
				FROM screening_result WHERE run_id = ?
				GROUP BY ultimate_consignee_country, destination_group, policy_id, source_file, decision
				""", (rs) -> {
			breakdown.counts.add(new Count(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getLong(6)));
		}, runId);
		jdbc.query("""
				SELECT source_file, COUNT(DISTINCT source_ref) FROM screening_reject WHERE run_id = ?
				GROUP BY source_file
				""", (rs) -> {
			breakdown.rejectedRowsByFile.put(rs.getString(1), rs.getLong(2));
		}, runId);
		return breakdown;
	}

	/** Consignee country, group, CLEAR, REVIEW, HOLD, total; largest first. */
	List<Object[]> byDestination() {
		Map<List<String>, Tally> tallies = tally((c) -> keyOf(c.country(), c.group()));
		return tallies.entrySet()
			.stream()
			.sorted(Comparator.<Map.Entry<List<String>, Tally>>comparingLong((e) -> -e.getValue().total())
				.thenComparing((e) -> e.getKey().get(0), Comparator.nullsFirst(Comparator.naturalOrder())))
			.map((e) -> row(e.getKey(), e.getValue()))
			.toList();
	}

	/** Policy, destination group, CLEAR, REVIEW, HOLD, total; by policy, then largest first. */
	List<Object[]> byTierOrGroup() {
		Map<List<String>, Tally> tallies = tally((c) -> keyOf(c.policy(), c.group()));
		return tallies.entrySet()
			.stream()
			.sorted(Comparator
				.<Map.Entry<List<String>, Tally>, String>comparing((e) -> e.getKey().get(0),
						Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparingLong((e) -> -e.getValue().total()))
			.map((e) -> row(e.getKey(), e.getValue()))
			.toList();
	}

	/** Source file, screened, CLEAR, REVIEW, HOLD, rejected rows; every file with a result or a reject. */
	List<Object[]> bySourceFile() {
		Map<List<String>, Tally> tallies = tally((c) -> keyOf(c.file()));
		TreeSet<String> files = new TreeSet<>(Comparator.nullsFirst(Comparator.naturalOrder()));
		tallies.keySet().forEach((key) -> files.add(key.get(0)));
		files.addAll(this.rejectedRowsByFile.keySet());
		List<Object[]> rows = new ArrayList<>();
		for (String file : files) {
			long[] n = tallies.getOrDefault(keyOf(file), new Tally()).byDecision;
			rows.add(new Object[] { file, n[3], n[0], n[1], n[2], this.rejectedRowsByFile.getOrDefault(file, 0L) });
		}
		return rows;
	}

	private Map<List<String>, Tally> tally(Function<Count, List<String>> key) {
		Map<List<String>, Tally> tallies = new LinkedHashMap<>();
		for (Count count : this.counts) {
			tallies.computeIfAbsent(key.apply(count), (k) -> new Tally()).add(count);
		}
		return tallies;
	}

	/** A grouping key that may hold nulls (List.of may not). */
	private static List<String> keyOf(String... parts) {
		return java.util.Arrays.asList(parts);
	}

	private static Object[] row(List<String> key, Tally tally) {
		Object[] row = new Object[key.size() + 4];
		for (int i = 0; i < key.size(); i++) {
			row[i] = Objects.requireNonNullElse(key.get(i), "");
		}
		for (int i = 0; i < 4; i++) {
			row[key.size() + i] = tally.byDecision[i];
		}
		return row;
	}

}
