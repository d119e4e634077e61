package io.shipscreen.parties;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike two normalised tokens are, 0..1: Commons Text Jaro-Winkler, damped when the lengths
 * differ a lot (as Watchman does), numbers only equal to themselves, and for tokens from an
 * abjad script a comparison of consonant skeletons ("mhmd" ~ "mohamed").
 */
final class TokenSimilarity {

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
		if (origin == TokenOrigin.PINYIN) {
			// "cheng" and "chen" are different names.
			return 0.0;
		}
		double best = 0.0;
		if (origin == TokenOrigin.ABJAD) {
			String a = skeleton(query);
			if (a.length() >= 3 && a.equals(skeleton(indexed))) {
				best = 0.90;
			}
		}
		if (query.length() == 1 || indexed.length() == 1) {
			// An initial matches a name that starts with it, weakly.
			return Math.max(best, (query.charAt(0) == indexed.charAt(0)) ? 0.80 : 0.0);
		}
		double jw = JARO_WINKLER.apply(query, indexed);
		int min = Math.min(query.length(), indexed.length());
		int max = Math.max(query.length(), indexed.length());
		double ratio = (double) min / max;
		if (ratio < 0.9) {
			jw *= 1 - (1 - ratio) * 0.3;
		}
		return Math.max(best, jw);
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
