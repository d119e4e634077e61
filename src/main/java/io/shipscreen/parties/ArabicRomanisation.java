package io.shipscreen.parties;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arabic-script names (Arabic, Persian, Urdu) against the lists' many romanisations, from the table
 * {@code config/names/arabic-romanisation.csv}. A word is spelt letter by letter ("جمال" → "jmal");
 * its sound keys are every way the lists' romanisations may write those letters, without vowels
 * ("jml", "gml"), and a listed Latin token has one key ("Djamel" → "jml"). The word and the token
 * are the same name when the token's key is one of the word's keys: the list's own spelling picks
 * the reading. Immutable; thread-safe.
 */
final class ArabicRomanisation {

	/** Readings kept per word: every letter with two or three sounds multiplies them. */
	private static final int MAX_KEYS = 32;

	private final Map<Character, String> letters = new HashMap<>();

	/** Romaniser spelling → its sound keys ("" = left out). */
	private final Map<String, String[]> sounds = new HashMap<>();

	/** Latin spelling → sound key, longest spelling first. */
	private final List<String[]> latin = new ArrayList<>();

	/** The spellings of the known names (arabic-script-words.csv), which carry their vowels. */
	private final Set<String> knownSpellings;

	/**
	 * The words that make compounds with the next or the previous word, joined on one list and
	 * apart on another ("Abd al-Rahman" / "Abdurrahman", "Nasir al-Din" / "Nasiruddin",
	 * "Nazir Allah" / "Nazirullah"): only these are read as one word by their sounds.
	 */
	private static final Set<String> COMPOUNDING = Set.of("abd", "abu", "din", "allah");

	static boolean compounds(List<String> tokens, int from, int span) {
		for (int k = from; k < from + span; k++) {
			if (COMPOUNDING.contains(tokens.get(k))) {
				return true;
			}
		}
		return false;
	}

	boolean isKnownSpelling(String token) {
		return this.knownSpellings.contains(token);
	}

	ArabicRomanisation(List<List<String>> rows, java.util.Collection<String> knownSpellings) {
		this.knownSpellings = Set.copyOf(knownSpellings);
		for (List<String> row : rows) {
			String value = row.get(2).equals("-") ? "" : row.get(2);
			switch (row.get(0)) {
				case "letter" -> this.letters.put(row.get(1).charAt(0), value);
				case "sound" -> this.sounds.put(row.get(1),
						java.util.Arrays.stream(value.split(" ")).map((s) -> s.equals("-") ? "" : s).toArray(String[]::new));
				case "latin" -> this.latin.add(new String[] { row.get(1), value });
				default -> throw new IllegalStateException("arabic-romanisation.csv: unknown kind " + row.get(0));
			}
		}
		this.latin.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
	}

	/** A word without tatweel and vowel marks, which names sometimes carry ("شعبـان" = "شعبان"). */
	static String plain(String word) {
		StringBuilder out = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (c != '\u0640' && (c < '\u064B' || c > '\u065F') && c != '\u0670') {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Persian, Urdu and Pashto letter forms as the Arabic letters they are (ی = ي, ک = ك, ہ = ه), for looking words up. */
	static String arabicLetters(String word) {
		StringBuilder out = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			out.append(switch (c) {
				case 'ی', 'ے', 'ې', 'ۍ' -> 'ي';
				case 'ک', 'ڪ' -> 'ك';
				case 'ہ', 'ھ' -> 'ه';
				case 'ۀ' -> 'ة';
				default -> c;
			});
		}
		return out.toString();
	}

	private static final java.util.regex.Pattern ABD_JOINED = java.util.regex.Pattern.compile("(^|\\s)عبد(?=\\S)");

	/** Abu (أبو, ابو) run into the name it precedes ("أبوغيث" = "ABO GHAITH"), at least three letters. */
	private static final java.util.regex.Pattern ABU_JOINED = java.util.regex.Pattern.compile("(^|\\s)([أا]بو)(?=\\S{3})");

	/** A ta marbuta (ة, Persian ۀ) that ends a word followed by another Arabic-script word. */
	private static final java.util.regex.Pattern CONSTRUCT_TA = java.util.regex.Pattern
		.compile("[ةۀ](?=\\s+[\\u0621-\\u064A\\u0671-\\u06D3])");

	/**
	 * The name with a ta marbuta read as "t" where a word follows it: in a construct ("idafa") the
	 * ending is pronounced, and the lists romanise it ("جبهة النصرة" = "Jabhat al-Nusrah", "نصرة
	 * الإسلام" = "Nusrat ul-Islam"); at the end of a name it is the vowel ("Hamza").
	 */
	static String constructState(String text) {
		return CONSTRUCT_TA.matcher(text).replaceAll("ت");
	}

	/** A name run together with al-Din ("نورالدین" = Nur al-Din, "NOORUDDIN"). */
	private static final java.util.regex.Pattern DIN_JOINED = java.util.regex.Pattern.compile("(\\S{2,})(الد[يی]ن)(?=\\s|$)");

	/**
	 * "عبدالحميد" written apart, "عبد الحميد", "أبوغيث" as "أبو غيث" and "نورالدین" as "نور الدین":
	 * the lists write such compounds both ways.
	 */
	static String compoundsApart(String text) {
		String apart = ABD_JOINED.matcher(text).replaceAll("$1عبد ");
		apart = ABU_JOINED.matcher(apart).replaceAll("$1$2 ");
		return DIN_JOINED.matcher(apart).replaceAll("$1 $2");
	}

	/** Whether the table spells this letter. */
	boolean spells(char letter) {
		return this.letters.containsKey(letter);
	}

	/** The word spelt letter by letter; letters the table does not know are left out. */
	String spell(String word) {
		StringBuilder out = new StringBuilder(word.length() * 2);
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			String spelt = this.letters.get(c);
			if (spelt == null) {
				continue;
			}
			// Waw and ya are consonants at the start of a word and after alif ("ولي" → "wli",
			// "راوي" → "rawi", "ايوب" → "ayub").
			boolean consonant = out.length() == 0 || out.charAt(out.length() - 1) == 'a';
			if (consonant && spelt.equals("u")) {
				spelt = "w";
			}
			else if (consonant && spelt.equals("i") && c != 'إ') {
				spelt = "y";
			}
			out.append(spelt);
		}
		return out.toString();
	}

	/**
	 * The sound keys of a token spelt by {@link #spell}: each letter's sounds, in every
	 * combination (up to {@value #MAX_KEYS}); a final "h" (ha or ta marbuta) may be silent.
	 */
	Set<String> keys(String spelt) {
		List<StringBuilder> keys = new ArrayList<>();
		keys.add(new StringBuilder());
		int i = 0;
		while (i < spelt.length()) {
			String unit = (i + 1 < spelt.length()) ? spelt.substring(i, i + 2) : null;
			String[] options = (unit != null) ? this.sounds.get(unit) : null;
			if (options == null) {
				unit = spelt.substring(i, i + 1);
				options = this.sounds.get(unit);
			}
			i += unit.length();
			if (options == null && i == 1 && (unit.equals("w") || unit.equals("y"))) {
				// A word that begins with waw or ya: the lists write it too ("Wali", "Yousef").
				options = new String[] { unit };
			}
			if (options == null) {
				continue;
			}
			if (i == spelt.length() && unit.equals("h")) {
				// A final ha or ta marbuta: "Taha", "Hamada", "Zadeh", "Hamza".
				options = new String[] { "h", "", "a", "ha" };
			}
			List<StringBuilder> next = new ArrayList<>(keys.size() * options.length);
			for (StringBuilder key : keys) {
				for (int o = 0; o < options.length && next.size() < MAX_KEYS; o++) {
					next.add(append(new StringBuilder(key), options[o]));
				}
			}
			keys = next;
		}
		// A final long vowel is written in Latin too, and tells "Hosseini" from "Hossein": a final ya
		// is "i" (or, as Persian writes alif maqsura, "a": "موسی" = "Musa").
		char last = spelt.isEmpty() ? 0 : spelt.charAt(spelt.length() - 1);
		Set<String> out = new LinkedHashSet<>();
		for (StringBuilder key : keys) {
			if (last == 'a') {
				out.add(key + "a");
			}
			else if (last == 'i') {
				out.add(key + "i");
				out.add(key + "a");
			}
			else {
				out.add(key.toString());
			}
		}
		return out;
	}

	/**
	 * The sound keys of a Latin token: its consonants' sounds and a final "a" or "i" ("Hosseini" →
	 * "hsni"); for a token that ends in a vowel and h also the key without the h ("Hamzah" =
	 * "Hamza"), for one that starts with the article run in ("Elsseid", "Alhamraoui") also the key
	 * of the rest.
	 */
	List<String> latinKeys(String token) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(latinKey(token, token.length()));
		int end = token.length();
		if (end > 2 && token.charAt(end - 1) == 'h' && isVowel(token.charAt(end - 2))) {
			// "Hamzah" = "Hamza": a final h after a vowel may be only a spelling.
			keys.add(latinKey(token, end - 1));
		}
		if (token.length() >= 6 && (token.startsWith("al") || token.startsWith("el")) && !isVowel(token.charAt(2))) {
			keys.add(latinKey(token.substring(2), token.length() - 2));
		}
		return List.copyOf(keys);
	}

	private String latinKey(String token, int end) {
		StringBuilder out = new StringBuilder(token.length());
		int i = 0;
		// A word that begins with w or y (French "ou") before a vowel: that consonant is written
		// in the script too ("Wali", "Ouali", "Yousef").
		if (end > 2 && (token.charAt(0) == 'w' || token.charAt(0) == 'y') && isVowel(token.charAt(1))) {
			out.append(token.charAt(0));
			i = 1;
		}
		else if (end > 3 && token.startsWith("ou") && isVowel(token.charAt(2))) {
			out.append('w');
			i = 2;
		}
		while (i < end) {
			String key = null;
			int length = 1;
			for (String[] rule : this.latin) {
				if (token.startsWith(rule[0], i) && i + rule[0].length() <= end) {
					key = rule[1];
					length = rule[0].length();
					break;
				}
			}
			append(out, (key != null) ? key : token.substring(i, i + 1));
			i += length;
		}
		char last = token.charAt(end - 1);
		if (last == 'a') {
			out.append('a');
		}
		else if (last == 'i' || last == 'y'
				|| (last == 'e' && end > 2 && (token.charAt(end - 2) == 'e' || token.charAt(end - 2) == 'i'))) {
			// "Husseini", "Khairy", "Ghaznawee".
			out.append('i');
		}
		return out.toString();
	}

	/** Appends a sound, a doubled consonant written once ("Hassan" = "Hasan"). */
	private static StringBuilder append(StringBuilder key, String sound) {
		if (sound.isEmpty()) {
			return key;
		}
		int n = key.length();
		int m = sound.length();
		if (n >= m && key.substring(n - m).equals(sound)) {
			return key;
		}
		return key.append(sound);
	}

	private static boolean isVowel(char c) {
		return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
	}

}
