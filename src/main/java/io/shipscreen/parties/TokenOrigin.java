package io.shipscreen.parties;

/** Where a token came from, which decides how loosely it may match. */
public enum TokenOrigin {

	/** Written in Latin script: Jaro-Winkler. */
	LATIN,
	/**
	 * Transliterated from Hangul: the lists write Korean names in McCune-Reischauer or older
	 * spellings, so consonants that romanisations write differently (g/k, d/t, b/p, j/ch, r/l)
	 * are compared as one ("gyu" = "Kyu", "dong" = "Tong").
	 */
	HANGUL,
	/**
	 * Transliterated from Arabic or Hebrew, which omit short vowels: also compared by consonant
	 * skeleton ("mhmd" ~ "mohamed").
	 */
	ABJAD,
	/**
	 * Pinyin of Han characters: deterministic, so near misses ("cheng" vs "chen") are different
	 * names; only (almost) exact matches count.
	 */
	PINYIN

}
