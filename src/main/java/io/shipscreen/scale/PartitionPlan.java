package io.shipscreen.scale;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * Which rows of a night go to which partition. Rows that share an account (a transaction id, a
 * customer, a quota, a licence: see {@link io.shipscreen.screening.AccumulatingCheck}) are joined,
 * directly or through other rows, into one group (union-find); whole groups are then dealt to the
 * partitions, largest first, each to the partition with the fewest rows so far. Every account is
 * therefore screened in one partition, in source order, as in a one-process night.
 * <p>
 * Accounts are kept as 64-bit hashes of their names: two names with the same hash only join two
 * groups that need not have been, which costs balance, never exactness.
 */
final class PartitionPlan {

	private int[] parent = new int[1024];

	private int rows;

	private final LongIntMap firstRowOfAccount = new LongIntMap();

	/** Adds the next row (its ordinal is the number of rows added before it) and its accounts. */
	void add(Collection<String> accounts) {
		int row = this.rows++;
		if (row == this.parent.length) {
			this.parent = Arrays.copyOf(this.parent, row * 2);
		}
		this.parent[row] = row;
		for (String account : accounts) {
			int first = this.firstRowOfAccount.putIfAbsent(hash(account), row);
			if (first >= 0) {
				union(first, row);
			}
		}
	}

	int rows() {
		return this.rows;
	}

	/** The rows of each of {@code partitions} partitions (some may be empty on a small night). */
	Assignment assign(int partitions) {
		int[] size = new int[this.rows];
		for (int row = 0; row < this.rows; row++) {
			size[find(row)]++;
		}
		List<int[]> groups = new ArrayList<>();
		for (int row = 0; row < this.rows; row++) {
			if (this.parent[row] == row) {
				groups.add(new int[] { row, size[row] });
			}
		}
		// largest first; ties by first row, so that the plan depends on the rows only
		groups.sort((a, b) -> (a[1] != b[1]) ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
		int[] partitionOfRoot = new int[this.rows];
		long[] load = new long[partitions];
		for (int[] group : groups) {
			int lightest = 0;
			for (int p = 1; p < partitions; p++) {
				if (load[p] < load[lightest]) {
					lightest = p;
				}
			}
			partitionOfRoot[group[0]] = lightest;
			load[lightest] += group[1];
		}
		BitSet[] members = new BitSet[partitions];
		for (int p = 0; p < partitions; p++) {
			members[p] = new BitSet(this.rows);
		}
		for (int row = 0; row < this.rows; row++) {
			members[partitionOfRoot[find(row)]].set(row);
		}
		int largest = groups.isEmpty() ? 0 : groups.get(0)[1];
		return new Assignment(List.of(members), groups.size(), largest);
	}

	/**
	 * @param rows each partition's rows, by ordinal in source order
	 * @param groups how many groups of rows that share accounts there were
	 * @param largestGroup the rows of the largest: no partition can be smaller than it
	 */
	record Assignment(List<BitSet> rows, int groups, int largestGroup) {
	}

	private int find(int row) {
		int root = row;
		while (this.parent[root] != root) {
			root = this.parent[root];
		}
		while (this.parent[row] != root) {
			int next = this.parent[row];
			this.parent[row] = root;
			row = next;
		}
		return root;
	}

	private void union(int a, int b) {
		int rootA = find(a);
		int rootB = find(b);
		if (rootA != rootB) {
			// the earlier row stays the root: the plan then does not depend on the order of accounts
			this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
		}
	}

	/** FNV-1a over the UTF-8 bytes, 64 bits. */
	static long hash(String account) {
		long hash = 0xcbf29ce484222325L;
		for (byte b : account.getBytes(StandardCharsets.UTF_8)) {
			hash ^= (b & 0xff);
			hash *= 0x100000001b3L;
		}
		return hash;
	}

	/** An open-addressing map from long to a non-negative int: a million accounts in a few MB. */
	private static final class LongIntMap {

		private long[] keys = new long[1 << 12];

		private int[] values = new int[1 << 12];

		private boolean[] used = new boolean[1 << 12];

		private int size;

		/** The value already there, or -1 after putting {@code value}. */
		int putIfAbsent(long key, int value) {
			if (this.size * 2 >= this.keys.length) {
				grow();
			}
			int mask = this.keys.length - 1;
			int slot = (int) (mix(key) & mask);
			while (this.used[slot]) {
				if (this.keys[slot] == key) {
					return this.values[slot];
				}
				slot = (slot + 1) & mask;
			}
			this.used[slot] = true;
			this.keys[slot] = key;
			this.values[slot] = value;
			this.size++;
			return -1;
		}

		private void grow() {
			long[] oldKeys = this.keys;
			int[] oldValues = this.values;
			boolean[] oldUsed = this.used;
			this.keys = new long[oldKeys.length * 2];
			this.values = new int[oldKeys.length * 2];
			this.used = new boolean[oldKeys.length * 2];
			this.size = 0;
			for (int i = 0; i < oldKeys.length; i++) {
				if (oldUsed[i]) {
					putIfAbsent(oldKeys[i], oldValues[i]);
				}
			}
		}

		private static long mix(long key) {
			long h = key * 0x9E3779B97F4A7C15L;
			return h ^ (h >>> 32);
		}

	}

}
