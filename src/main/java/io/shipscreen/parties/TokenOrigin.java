package io.shipscreen.parties;

/** Where a token came from, which decides how loosely it may match. */
public enum TokenOrigin {

	/** Written in Latin script: Jaro-Winkler. */
	LATIN,
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
