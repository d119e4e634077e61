package io.shipscreen.parties;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike two normalised tokens are, 0..1. Equal tokens score 1; numbers only match
 * themselves (0 otherwise); tokens that differ only in doubled letters score 0.95 and by one swap
 * of neighbouring letters 0.90; pinyin tokens must otherwise be equal. The rest is scored with
 * this class's own allocation-free Jaro-Winkler (Winkler's prefix boost above 0.7, checked against
 * Commons Text's in the tests), damped when the lengths differ a lot, as Watchman does. Tokens
 * transliterated from Arabic or Hebrew also match by consonant skeleton ("mhmd" ~ "mohamed", 0.93),
 * tokens from Hangul after folding the consonants romanisations disagree on ("gyu" ~ "kyu").
 */
final class TokenSimilarity {

	/** Same consonants, read from a script that does not write short vowels. */
	static final double ABJAD_SKELETON = 0.93;

	/** Pairs below this are not a token match. */
	static final double MIN = 0.80;

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	private TokenSimilarity() {
	}

	static double of(String query, String indexed, TokenOrigin origin) {
		if (query.equals(indexed)) {
			return 1.0;
		}
		boolean queryNumber = Character.isDigit(query.charAt(0));
		boolean indexedNumber = Character.isDigit(indexed.charAt(0));
		if (queryNumber || indexedNumber) {
			// "11420 CORP" must not match "BELLETECH CORP" (moov-io/watchman#483).
			return 0.0;
		}
		if (collapseDoubles(query).equals(collapseDoubles(indexed))) {
			// "Yyu" = "Yu", "Hasan" = "Hassan": doubled letters are a spelling, not a name.
			return 0.95;
		}
		if (isAdjacentTransposition(query, indexed)) {
			// "abd"/"adb", "sok"/"sko": Jaro's match window is too narrow for short words.
			return Math.max(TRANSPOSITION, jaroWinkler(query, indexed));
		}
		if (origin == TokenOrigin.PINYIN) {
			// "cheng" and "chen" are different names.
			return 0.0;
		}
		double best = 0.0;
		if (origin == TokenOrigin.ABJAD) {
			String a = skeleton(query);
			// Two consonants are enough for a short listed word with the same first letter
			// ("mly" ~ "melli", "qsy" ~ "qusay").
			// The same consonants, and the same vowel at the start and the end where the script
			// writes one ("Ahmadi" is not "Hamidi", "Hosseini" not "Hossein").
			if ((a.length() >= 3 || (a.length() == 2 && indexed.length() <= 5 && query.charAt(0) == indexed.charAt(0)))
					&& a.equals(skeleton(indexed)) && isVowel(query.charAt(0)) == isVowel(indexed.charAt(0))
					&& endsInI(query) == endsInI(indexed)) {
				best = ABJAD_SKELETON;
			}
		}
		if (origin == TokenOrigin.HANGUL) {
			String a = koreanFold(query);
			String b = koreanFold(indexed);
			if (a.equals(b)) {
				return 0.95;
			}
			// A syllable that differs is another name (정 is not 동); only long words run
			// together from several syllables ("ryonbong") are compared loosely.
			return (a.length() >= 6 && b.length() >= 6) ? damped(jaroWinkler(a, b), a.length(), b.length()) : 0.0;
		}
		if (query.length() == 1 || indexed.length() == 1) {
			// An initial matches a name that starts with it, weakly.
			return Math.max(best, (query.charAt(0) == indexed.charAt(0)) ? 0.80 : 0.0);
		}
		return Math.max(best, damped(jaroWinkler(query, indexed), query.length(), indexed.length()));
	}

	private static boolean isVowel(char c) {
		return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
	}

	private static boolean endsInI(String token) {
		char last = token.charAt(token.length() - 1);
		return last == 'i' || last == 'y' || token.endsWith("ee");
	}

	/** Jaro-Winkler damped when the lengths differ a lot ("intern" is not "international"). */
	private static double damped(double jw, int la, int lb) {
		double ratio = (double) Math.min(la, lb) / Math.max(la, lb);
		return (ratio < 0.9) ? jw * (1 - (1 - ratio) * 0.3) : jw;
	}

	/**
	 * A Korean romanisation with the differences between Revised Romanization, McCune-Reischauer
	 * and DPRK usage folded away: eo/o, eu/u, oo/u, ung/ong, g/k, d/t, b/p, j/ch, r/l, doubled letters.
	 */
	static String koreanFold(String token) {
		// "Sung" = "Song" (성), "Jung" = "Jong" (정), "Moon" = "Mun", "Young" = "Yong".
		String t = token.replace("eo", "o").replace("eu", "u").replace("oo", "u").replace("oung", "ong")
			.replace("ung", "ong").replace("ch", "j").replace("sh", "s");
		StringBuilder out = new StringBuilder(t.length());
		char last = 0;
		for (int i = 0; i < t.length(); i++) {
			char c = switch (t.charAt(i)) {
				case 'g' -> 'k';
				case 'd' -> 't';
				case 'b' -> 'p';
				case 'r' -> 'l';
				default -> t.charAt(i);
			};
			if (c != last) {
				out.append(c);
			}
			last = c;
		}
		return out.toString();
	}

	/**
	 * Jaro-Winkler as Winkler defined it (prefix scale 0.1 over up to 4 characters, boost only
	 * above 0.7), without the allocations of Commons Text's {@code JaroWinklerSimilarity}: this
	 * runs for every candidate token. Commons Text's version remains the brute-force baseline.
	 */
	static double jaroWinkler(String a, String b) {
		int la = a.length();
		int lb = b.length();
		if (la == 0 || lb == 0) {
			return (la == lb) ? 1.0 : 0.0;
		}
		String shorter = (la <= lb) ? a : b;
		String longer = (la <= lb) ? b : a;
		int ls = shorter.length();
		int ll = longer.length();
		int window = Math.max(ll / 2 - 1, 0);
		long[] usedLong = new long[(ll + 63) >>> 6];
		char[] matchedShort = new char[ls];
		int[] matchedShortIdx = new int[ls];
		int matches = 0;
		for (int i = 0; i < ls; i++) {
			char c = shorter.charAt(i);
			int from = Math.max(i - window, 0);
			int to = Math.min(i + window + 1, ll);
			for (int j = from; j < to; j++) {
				if ((usedLong[j >>> 6] & (1L << j)) == 0 && longer.charAt(j) == c) {
					usedLong[j >>> 6] |= 1L << j;
					matchedShort[matches] = c;
					matchedShortIdx[matches] = i;
					matches++;
					break;
				}
			}
		}
		if (matches == 0) {
			return 0.0;
		}
		int transpositions = 0;
		int k = 0;
		for (int j = 0; j < ll; j++) {
			if ((usedLong[j >>> 6] & (1L << j)) != 0) {
				if (longer.charAt(j) != matchedShort[k]) {
					transpositions++;
				}
				k++;
			}
		}
		double m = matches;
		double jaro = (m / ls + m / ll + (m - transpositions / 2) / m) / 3.0;
		int prefix = 0;
		int maxPrefix = Math.min(4, ls);
		while (prefix < maxPrefix && a.charAt(prefix) == b.charAt(prefix)) {
			prefix++;
		}
		return (jaro < 0.7) ? jaro : jaro + 0.1 * prefix * (1.0 - jaro);
	}

	/** Commons Text's Jaro-Winkler, the reference the fast one is checked against. */
	static double commonsJaroWinkler(String a, String b) {
		return JARO_WINKLER.apply(a, b);
	}

	/**
	 * Bag distance: a lower bound of the edit distance, from letter counts alone. Cheap enough to
	 * rule out most vocabulary tokens before Jaro-Winkler.
	 */
	static int bagDistance(String a, String b) {
		int[] counts = new int[SLOTS];
		for (int i = 0; i < a.length(); i++) {
			counts[slot(a.charAt(i))]++;
		}
		for (int i = 0; i < b.length(); i++) {
			counts[slot(b.charAt(i))]--;
		}
		int plus = 0;
		int minus = 0;
		for (int count : counts) {
			if (count > 0) {
				plus += count;
			}
			else {
				minus -= count;
			}
		}
		return Math.max(plus, minus);
	}

	static final int SLOTS = 37;

	/** Bag distance against a query whose letter counts are known; {@code scratch} is overwritten. */
	static int bagDistance(int[] queryCounts, String other, int[] scratch) {
		System.arraycopy(queryCounts, 0, scratch, 0, SLOTS);
		for (int i = 0; i < other.length(); i++) {
			scratch[slot(other.charAt(i))]--;
		}
		int plus = 0;
		int minus = 0;
		for (int count : scratch) {
			if (count > 0) {
				plus += count;
			}
			else {
				minus -= count;
			}
		}
		return Math.max(plus, minus);
	}

	static int[] letterCounts(String token) {
		int[] counts = new int[SLOTS];
		for (int i = 0; i < token.length(); i++) {
			counts[slot(token.charAt(i))]++;
		}
		return counts;
	}

	private static int slot(char c) {
		if (c >= 'a' && c <= 'z') {
			return c - 'a';
		}
		if (c >= '0' && c <= '9') {
			return 26 + (c - '0');
		}
		return 36;
	}

	/** The similarity of two words that differ by one swap of neighbouring letters. */
	static final double TRANSPOSITION = 0.90;

	static boolean isAdjacentTransposition(String a, String b) {
		if (a.length() != b.length() || a.length() < 2) {
			return false;
		}
		int first = -1;
		for (int i = 0; i < a.length(); i++) {
			if (a.charAt(i) != b.charAt(i)) {
				first = i;
				break;
			}
		}
		return first >= 0 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
				&& a.charAt(first + 1) == b.charAt(first)
				&& a.regionMatches(first + 2, b, first + 2, a.length() - first - 2);
	}

	static String collapseDoubles(String token) {
		StringBuilder out = new StringBuilder(token.length());
		char last = 0;
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (c != last) {
				out.append(c);
			}
			last = c;
		}
		return out.toString();
	}

	/**
	 * Consonant skeleton: vowels and the letters Arabic and Hebrew use as long vowels (w, y)
	 * dropped, q/c as k, v as w, doubled letters single, a final h (ta marbuta, he) dropped.
	 */
	static String skeleton(String token) {
		StringBuilder out = new StringBuilder(token.length());
		char last = 0;
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			switch (c) {
				case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'v' -> {
					continue;
				}
				case 'q', 'c' -> c = 'k';
				default -> {
				}
			}
			if (c != last) {
				out.append(c);
			}
			last = c;
		}
		if (out.length() > 1 && out.charAt(out.length() - 1) == 'h') {
			out.setLength(out.length() - 1);
		}
		return out.toString();
	}

}
