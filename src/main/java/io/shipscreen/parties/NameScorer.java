package io.shipscreen.parties;

import java.util.ArrayList;
import java.util.Arrays;
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

	/** A query token read as two adjacent listed tokens must be at least this alike. */
	private static final double SPLIT_MIN = 0.95;

	/** Joined adjacent tokens must be at least this alike. */
	private static final double JOIN_MIN = 0.88;

	/**
	 * The query side of a comparison: tokens, weights and their expansions; and, computed once per
	 * query rather than per listed name, adjacent tokens written together ({@code joined[i][span - 2]})
	 * and, for Arabic-script compounds, the listed tokens they sound like ({@code sounds}, or null).
	 */
	record Query(NameForm form, float[] weights, float totalWeight, CandidateIndex.Expansion[] expansions,
			String[][] joined, CandidateIndex.Expansion[][] sounds) {

		Query(NameForm form, float[] weights, float totalWeight, CandidateIndex.Expansion[] expansions,
				CandidateIndex index) {
			this(form, weights, totalWeight, expansions, joins(form), sounds(form, index));
		}

		private static String[][] joins(NameForm form) {
			List<String> q = form.tokens();
			String[][] joined = new String[q.size()][2];
			for (int i = 0; i + 1 < q.size(); i++) {
				for (int span = 2; span <= Math.min(3, q.size() - i); span++) {
					joined[i][span - 2] = join(q, i, span);
				}
			}
			return joined;
		}

		private static CandidateIndex.Expansion[][] sounds(NameForm form, CandidateIndex index) {
			List<String> q = form.tokens();
			CandidateIndex.Expansion[][] sounds = null;
			for (int i = 0; i + 1 < q.size(); i++) {
				for (int span = 2; span <= Math.min(3, q.size() - i); span++) {
					if (joinedOrigin(form, i, span) == TokenOrigin.ABJAD && ArabicRomanisation.compounds(q, i, span)) {
						sounds = (sounds != null) ? sounds : new CandidateIndex.Expansion[q.size()][2];
						sounds[i][span - 2] = index.expand(join(q, i, span), TokenOrigin.ABJAD);
					}
				}
			}
			return sounds;
		}

		/** The listed tokens tokens {@code from .. from + span} sound like together, or null. */
		CandidateIndex.Expansion sounds(int from, int span) {
			return (this.sounds == null) ? null : this.sounds[from][span - 2];
		}

	}

	/** The score and, when asked for, the alignment. */
	record Scored(double score, List<String> alignment) {
	}

	Scored score(Query query, IndexedName name, CandidateIndex index, boolean explain) {
		List<String> q = query.form().tokens();
		int[] tokenIds = name.tokenIds();
		int nq = q.size();
		int nt = tokenIds.length;
		boolean[] usedQ = new boolean[nq];
		boolean[] usedT = new boolean[nt];
		float[] pairSim = new float[nt];
		int[] pairedWith = new int[nt];
		Arrays.fill(pairedWith, -1);
		double matchedQuery = 0;
		double matchedListed = 0;
		double minSim = 1.0;
		List<String> alignment = explain ? new ArrayList<>() : null;
		// Tokens run together or split first: "hua wei" = "huawei", "intern ational" = "international",
		// "nam chon gang" = "namchongang". Only where the joined form is (nearly) the listed word and
		// better than either part alone, so "wt marine" still pairs word by word with "WT Marine".
		for (int i = 0; i + 1 < nq; i++) {
			for (int span = Math.min(3, nq - i); span >= 2; span--) {
				if (anyUsed(usedQ, i, span)) {
					continue;
				}
				String joined = query.joined()[i][span - 2];
				int j = bestJoinTarget(joined, query, i, span, name, index, usedT);
				if (j >= 0) {
					TokenOrigin joinedOrigin = joinedOrigin(query.form(), i, span);
					double sim = TokenSimilarity.of(joined, index.token(tokenIds[j]), joinedOrigin);
					CandidateIndex.Expansion sounds = query.sounds(i, span);
					if (sounds != null) {
						sim = Math.max(sim, sounds.sim(tokenIds[j]));
					}
					double weight = 0;
					for (int k = i; k < i + span; k++) {
						usedQ[k] = true;
						weight += query.weights()[k];
					}
					usedT[j] = true;
					pairSim[j] = (float) sim;
					pairedWith[j] = i;
					matchedQuery += sim * weight;
					minSim = Math.min(minSim, sim);
					matchedListed += name.weights()[j];
					if (explain) {
						alignment.add(describe(String.join("+", q.subList(i, i + span)), index.token(tokenIds[j]), sim));
					}
					break;
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
					// Nearly literal only, and never by consonant skeleton: one word read as two
					// listed words is the loosest pairing there is ("asyl" is not "ISIS-L").
					TokenOrigin origin = (query.form().origin(i) == TokenOrigin.PINYIN) ? TokenOrigin.PINYIN
							: TokenOrigin.LATIN;
					double sim = TokenSimilarity.of(q.get(i), listed, origin);
					float single = Math.max(query.expansions()[i].sim(tokenIds[j]), query.expansions()[i].sim(tokenIds[j + 1]));
					if (sim >= SPLIT_MIN && sim > single) {
						usedQ[i] = usedT[j] = usedT[j + 1] = true;
						pairSim[j] = pairSim[j + 1] = (float) sim;
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
		// Then every query token with the listed token it is most like, best pairs first, one to one.
		int pairCount = 0;
		long[] pairs = new long[nq * nt];
		float[] sims = new float[nq * nt];
		for (int i = 0; i < nq; i++) {
			if (usedQ[i]) {
				continue;
			}
			CandidateIndex.Expansion expansion = query.expansions()[i];
			for (int j = 0; j < nt; j++) {
				float sim = usedT[j] ? 0f : expansion.sim(tokenIds[j]);
				if (sim >= TokenSimilarity.MIN) {
					pairs[pairCount] = ((long) i << 32) | j;
					sims[pairCount] = sim;
					pairCount++;
				}
			}
		}
		sortDescending(pairs, sims, pairCount);
		for (int p = 0; p < pairCount; p++) {
			int i = (int) (pairs[p] >>> 32);
			int j = (int) pairs[p];
			if (!usedQ[i] && !usedT[j]) {
				usedQ[i] = true;
				usedT[j] = true;
				pairSim[j] = sims[p];
				pairedWith[j] = i;
				matchedQuery += sims[p] * query.weights()[i];
				minSim = Math.min(minSim, sims[p]);
				matchedListed += name.weights()[j];
				if (explain) {
					alignment.add(describe(q.get(i), index.token(tokenIds[j]), sims[p]));
				}
			}
		}
		double queryShare = matchedQuery / query.totalWeight();
		double listedShare = matchedListed / name.totalWeight();
		double score = queryShare * (1 - UNMATCHED_LISTED_PENALTY * (1 - listedShare));
		// Names read from another script are compared loosely by design: only Latin names are checked.
		String unconfirmed = (query.form().transliteration() != null) ? null
				: unconfirmedDistinctive(query, name, index, pairSim, pairedWith);
		if (unconfirmed != null) {
			// "Huawei Cloud Dalian" is not "Huawei Cloud Dagaan": the word that tells the listed
			// name apart must be the same word, give or take a typo, not merely a similar one.
			score *= NEAR_MISS_FACTOR;
			if (explain) {
				alignment.add("distinctive word '" + unconfirmed + "' only similar (x" + NEAR_MISS_FACTOR + ")");
			}
		}
		else if (score < CONTAINED_FLOOR && latinOnly(query.form()) && containsListedOrganisation(name, usedT, minSim)) {
			// "Huawei Technologies Duesseldorf GmbH" contains the listed "Huawei Technology":
			// subsidiaries and branches are named this way, so a reviewer should look.
			score = CONTAINED_FLOOR;
			if (explain) {
				alignment.add("whole listed name contained");
			}
		}
		// Float weights: a full match must come out as exactly 1.
		return new Scored((score > 0.99999) ? 1.0 : score, alignment);
	}

	/** Containment is literal: names read from Arabic or Hangul are compared too loosely for it. */
	private static boolean latinOnly(NameForm form) {
		for (TokenOrigin origin : form.origins()) {
			if (origin == TokenOrigin.ABJAD || origin == TokenOrigin.HANGUL) {
				return false;
			}
		}
		return true;
	}

	/** The factor on a score whose distinctive listed word was matched only loosely. */
	static final double NEAR_MISS_FACTOR = 0.85;

	/** A listed word carrying at least this share of the name's weight is distinctive. */
	private static final double DISTINCTIVE_SHARE = 0.3;

	/**
	 * The distinctive listed word (the heaviest, or any with a large share of the weight) that a
	 * Latin query word matched only by similarity, not as the same word: equal, a typo away (one
	 * letter doubled, dropped, added, swapped, or replaced in a long word), or a romanisation of it
	 * (the same consonants, other vowels: "Mohamed" ~ "Muhammad", "Tikriti" ~ "Takriti"). Names in
	 * other scripts are compared loosely by design and are not checked.
	 */
	private static String unconfirmedDistinctive(Query query, IndexedName name, CandidateIndex index, float[] pairSim,
			int[] pairedWith) {
		float[] weights = name.weights();
		float heaviest = 0;
		for (float w : weights) {
			heaviest = Math.max(heaviest, w);
		}
		for (int j = 0; j < weights.length; j++) {
			int i = pairedWith[j];
			if (i < 0 || pairSim[j] >= 0.9999f || query.form().origin(i) != TokenOrigin.LATIN) {
				continue;
			}
			if (weights[j] < heaviest && weights[j] < DISTINCTIVE_SHARE * name.totalWeight()) {
				continue;
			}
			String listed = index.token(name.tokenIds()[j]);
			String asked = query.form().tokens().get(i);
			if (asked.length() < 4 || listed.length() < 4 || sameWord(asked, listed) || index.sameGivenName(asked, listed)) {
				continue;
			}
			return listed;
		}
		return null;
	}

	static boolean sameWord(String a, String b) {
		if (a.equals(b) || TokenSimilarity.collapseDoubles(a).equals(TokenSimilarity.collapseDoubles(b))) {
			return true;
		}
		if (Math.abs(a.length() - b.length()) <= 1 && LegalForms.oneEdit(a, b)) {
			// One substitution only in a long word: in a short one it is another name ("Zhihu", "Zhipu").
			return a.length() != b.length() || a.length() >= 8 || TokenSimilarity.isAdjacentTransposition(a, b)
					|| onlyVowelsDiffer(a, b);
		}
		return onlyVowelsDiffer(a, b);
	}

	/** The same consonants in the same order, first letters alike: a romanisation of the same word. */
	private static boolean onlyVowelsDiffer(String a, String b) {
		String ca = consonants(a);
		return ca.length() >= 2 && ca.equals(consonants(b)) && (isVowel(a.charAt(0)) == isVowel(b.charAt(0)));
	}

	private static String consonants(String token) {
		StringBuilder out = new StringBuilder(token.length());
		char last = 0;
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (!isVowel(c) && c != last) {
				out.append(c);
			}
			last = c;
		}
		return out.toString();
	}

	private static boolean isVowel(char c) {
		return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
	}

	private static boolean anyUsed(boolean[] used, int from, int span) {
		for (int k = from; k < from + span; k++) {
			if (used[k]) {
				return true;
			}
		}
		return false;
	}

	private static String join(List<String> tokens, int from, int span) {
		StringBuilder out = new StringBuilder();
		for (int k = from; k < from + span; k++) {
			out.append(tokens.get(k));
		}
		return out.toString();
	}

	/** The unused listed token the joined query tokens are (nearly) equal to, better than their parts; or -1. */
	private static int bestJoinTarget(String joined, Query query, int from, int span, IndexedName name,
			CandidateIndex index, boolean[] usedT) {
		int[] tokenIds = name.tokenIds();
		int best = -1;
		double bestSim = 0;
		TokenOrigin origin = joinedOrigin(query.form(), from, span);
		// Words read from Arabic script lack their short vowels: their length says little.
		CandidateIndex.Expansion sounds = query.sounds(from, span);
		boolean bySound = sounds != null;
		for (int j = 0; j < tokenIds.length; j++) {
			String listed = index.token(tokenIds[j]);
			if (usedT[j] || (!bySound && Math.abs(listed.length() - joined.length()) > 2)) {
				continue;
			}
			double sim = TokenSimilarity.of(joined, listed, origin);
			if (sounds != null) {
				// "abd" + "al" + "malk" read by its sounds as the listed "Abdelmalek".
				sim = Math.max(sim, sounds.sim(tokenIds[j]));
			}
			if (sim < ((origin == TokenOrigin.HANGUL) ? SPLIT_MIN : JOIN_MIN) || sim <= bestSim) {
				continue;
			}
			// A compound with abd, abu, din or allah that sounds like the listed word as well as its
			// first part alone is still that one name: "wli" + "allah" is "Waliullah".
			boolean better = true;
			for (int k = from; k < from + span && better; k++) {
				float part = query.expansions()[k].sim(tokenIds[j]);
				better = part < sim || (bySound && part <= sim);
			}
			if (better) {
				best = j;
				bestSim = sim;
			}
		}
		return best;
	}

	/**
	 * Whether every token of a listed organisation's name was matched (nearly exactly), and the
	 * name is distinctive enough to mean something on its own. People are excluded: a party
	 * "Mohammad Ali Rezaei" is not a listed "Mohammad Ali".
	 */
	private static boolean containsListedOrganisation(IndexedName name, boolean[] usedT, double minSim) {
		EntryType type = name.entry().type();
		// One-word names ("SAHA", "TARA LIMITED") are contained in far too many other names.
		// A name read without its acronym is for parties that leave the acronym out, not for one
		// that writes another ("... COMPANY (MIRIC)" is not "... COMPANY (MITEC)").
		if (type == EntryType.INDIVIDUAL || type == EntryType.VESSEL || type == EntryType.AIRCRAFT
				|| usedT.length < 2 || name.totalWeight() < CONTAINED_MIN_WEIGHT || name.withoutAcronym()) {
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

	/** Query tokens read as one: as strict as the strictest of them. */
	private static TokenOrigin joinedOrigin(NameForm form, int from, int span) {
		TokenOrigin strictest = form.origin(from);
		for (int k = from + 1; k < from + span; k++) {
			strictest = (form.origin(k).compareTo(strictest) > 0) ? form.origin(k) : strictest;
		}
		return strictest;
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
