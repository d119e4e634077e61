package io.shipscreen.parties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores a queried name against one listed name by token alignment. Every query token is paired
 * with at most one listed token (best pairs first, one-to-one, as Watchman's best-pairs
 * Jaro-Winkler); adjacent tokens may pair as one word ("hua wei" = "huawei"). The score is the
 * weighted share of the query that matched, damped by the share of the listed name left
 * unmatched, so rare tokens count for more than "technology" or "international".
 */
final class NameScorer {

	/** How much an unmatched listed token costs (0 = nothing, 1 = as much as an unmatched query token). */
	private static final double UNMATCHED_LISTED_PENALTY = 0.3;

	/** The score of a party name that contains a whole listed organisation name: review, not hold. */
	static final double CONTAINED_FLOOR = 0.87;

	/** A contained listed name must carry at least this much token weight (a rare word). */
	private static final double CONTAINED_MIN_WEIGHT = 8.0;

	/** Joined adjacent tokens must be at least this alike. */
	private static final double JOIN_MIN = 0.88;

	/** The query side of a comparison: tokens, weights and their expansions. */
	record Query(NameForm form, float[] weights, float totalWeight, CandidateIndex.Expansion[] expansions) {
	}

	/** The score and, when asked for, the alignment. */
	record Scored(double score, List<String> alignment) {
	}

	Scored score(Query query, IndexedName name, CandidateIndex index, boolean explain) {
		List<String> q = query.form().tokens();
		int[] tokenIds = name.tokenIds();
		int nq = q.size();
		int nt = tokenIds.length;
		// All pairs above the token minimum, best first.
		int pairCount = 0;
		long[] pairs = new long[nq * nt];
		float[] sims = new float[nq * nt];
		for (int i = 0; i < nq; i++) {
			CandidateIndex.Expansion expansion = query.expansions()[i];
			for (int j = 0; j < nt; j++) {
				float sim = expansion.sim(tokenIds[j]);
				if (sim >= TokenSimilarity.MIN) {
					pairs[pairCount] = ((long) i << 32) | j;
					sims[pairCount] = sim;
					pairCount++;
				}
			}
		}
		sortDescending(pairs, sims, pairCount);
		boolean[] usedQ = new boolean[nq];
		boolean[] usedT = new boolean[nt];
		double matchedQuery = 0;
		double matchedListed = 0;
		double minSim = 1.0;
		List<String> alignment = explain ? new ArrayList<>() : null;
		for (int p = 0; p < pairCount; p++) {
			int i = (int) (pairs[p] >>> 32);
			int j = (int) pairs[p];
			if (!usedQ[i] && !usedT[j]) {
				usedQ[i] = true;
				usedT[j] = true;
				matchedQuery += sims[p] * query.weights()[i];
				minSim = Math.min(minSim, sims[p]);
				matchedListed += name.weights()[j];
				if (explain) {
					alignment.add(describe(q.get(i), index.token(tokenIds[j]), sims[p]));
				}
			}
		}
		// Leftovers: two adjacent query tokens written as one listed token, or the reverse.
		for (int i = 0; i + 1 < nq; i++) {
			if (usedQ[i] || usedQ[i + 1]) {
				continue;
			}
			int joinedLength = q.get(i).length() + q.get(i + 1).length();
			String joined = null;
			for (int j = 0; j < nt; j++) {
				if (!usedT[j] && Math.abs(index.token(tokenIds[j]).length() - joinedLength) <= 2) {
					joined = (joined != null) ? joined : q.get(i) + q.get(i + 1);
					double sim = TokenSimilarity.of(joined, index.token(tokenIds[j]), joinedOrigin(query.form(), i));
					if (sim >= JOIN_MIN) {
						usedQ[i] = usedQ[i + 1] = usedT[j] = true;
						matchedQuery += sim * (query.weights()[i] + query.weights()[i + 1]);
						minSim = Math.min(minSim, sim);
						matchedListed += name.weights()[j];
						if (explain) {
							alignment.add(describe(q.get(i) + "+" + q.get(i + 1), index.token(tokenIds[j]), sim));
						}
						break;
					}
				}
			}
		}
		for (int i = 0; i < nq; i++) {
			if (usedQ[i]) {
				continue;
			}
			for (int j = 0; j + 1 < nt; j++) {
				if (!usedT[j] && !usedT[j + 1] && Math.abs(index.token(tokenIds[j]).length()
						+ index.token(tokenIds[j + 1]).length() - q.get(i).length()) <= 2) {
					String listed = index.token(tokenIds[j]) + index.token(tokenIds[j + 1]);
					double sim = TokenSimilarity.of(q.get(i), listed, query.form().origin(i));
					if (sim >= JOIN_MIN) {
						usedQ[i] = usedT[j] = usedT[j + 1] = true;
						matchedQuery += sim * query.weights()[i];
						minSim = Math.min(minSim, sim);
						matchedListed += name.weights()[j] + name.weights()[j + 1];
						if (explain) {
							alignment.add(describe(q.get(i), index.token(tokenIds[j]) + "+" + index.token(tokenIds[j + 1]),
									sim));
						}
						break;
					}
				}
			}
		}
		double queryShare = matchedQuery / query.totalWeight();
		double listedShare = matchedListed / name.totalWeight();
		double score = queryShare * (1 - UNMATCHED_LISTED_PENALTY * (1 - listedShare));
		if (score < CONTAINED_FLOOR && containsListedOrganisation(name, usedT, minSim)) {
			// "Huawei Technologies Duesseldorf GmbH" contains the listed "Huawei Technology":
			// subsidiaries and branches are named this way, so a reviewer should look.
			score = CONTAINED_FLOOR;
			if (explain) {
				alignment.add("whole listed name contained");
			}
		}
		return new Scored(Math.min(1.0, score), alignment);
	}

	/**
	 * Whether every token of a listed organisation's name was matched (nearly exactly), and the
	 * name is distinctive enough to mean something on its own. People are excluded: a party
	 * "Mohammad Ali Rezaei" is not a listed "Mohammad Ali".
	 */
	private static boolean containsListedOrganisation(IndexedName name, boolean[] usedT, double minSim) {
		EntryType type = name.entry().type();
		// One-word names ("SAHA", "TARA LIMITED") are contained in far too many other names.
		if (type == EntryType.INDIVIDUAL || type == EntryType.VESSEL || type == EntryType.AIRCRAFT
				|| usedT.length < 2 || name.totalWeight() < CONTAINED_MIN_WEIGHT) {
			return false;
		}
		for (boolean used : usedT) {
			if (!used) {
				return false;
			}
		}
		// Contained means (nearly) literally: no token matched below 0.93.
		return minSim >= 0.93;
	}

	/** Two query tokens read as one: as strict as the stricter of the two. */
	private static TokenOrigin joinedOrigin(NameForm form, int i) {
		TokenOrigin a = form.origin(i);
		TokenOrigin b = form.origin(i + 1);
		return (a.compareTo(b) >= 0) ? a : b;
	}

	private static String describe(String query, String listed, double sim) {
		if (sim >= 0.9999 && query.equals(listed)) {
			return query;
		}
		return query + "~" + listed + " (" + String.format(Locale.ROOT, "%.2f", sim) + ")";
	}

	/** Insertion sort: a handful of pairs per name. */
	private static void sortDescending(long[] pairs, float[] sims, int count) {
		for (int a = 1; a < count; a++) {
			long pair = pairs[a];
			float sim = sims[a];
			int b = a - 1;
			while (b >= 0 && sims[b] < sim) {
				pairs[b + 1] = pairs[b];
				sims[b + 1] = sims[b];
				b--;
			}
			pairs[b + 1] = pair;
			sims[b + 1] = sim;
		}
	}

}
