package io.shipscreen.parties;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

/**
 * Turns names in other scripts into Latin text with ICU4J transforms, one script run at a time:
 * Han to pinyin with syllables joined the way lists spell names ("华为" → "huawei", "习近平" →
 * "xi jinping"), Cyrillic by BGN/PCGN, Hangul syllable by syllable with the usual surname
 * spellings (김 → kim), Arabic and Hebrew (marked as abjad: short vowels are not written),
 * Greek, Thai and the rest by ICU's Any-Latin. A few common business words in Chinese are
 * translated first, because lists give those parts of a name in English.
 */
final class ScriptTransliterator {

	/** A piece of Latin text and the kind of script it came from. */
	record Segment(String text, TokenOrigin origin) {
	}

	/** One reading of a whole name. */
	record Reading(List<Segment> segments, String label) {
	}

	/** Arabic-script (Arabic and Persian) name words: ICU writes only the consonants ("mhmd"), lists write the vowels. */
	private final Map<String, String> arabicWords;

	private final Map<String, String> hebrewNames;

	/** Japanese family and given names in kanji (ICU reads Han as Chinese). */
	private final Map<String, String> japaneseNames;

	/** How Korean family names are usually written on the lists (not the Revised Romanization). */
	private final Map<String, String> koreanSurnames;

	/** Brand names and business words lists give in English ("华为" → huawei, "科技" → technology), longest first. */
	private final List<String[]> replacements;

	/** As {@link #replacements}, with the second way of writing a brand the lists write two ways. */
	private final List<String[]> secondWay;

	/** The business words alone, longest first. */
	private final List<String[]> businessWords;

	/** How Arabic-script letters are spelt, and the lists' romanisations of them (config/names). */
	private final ArabicRomanisation arabic;

	/** Chinese words ICU reads with the wrong reading of a character, or splits: "成都" → chengdu. */
	private final Map<String, String> pinyinWords;

	/** Family names whose reading as a name differs from ICU's: "曾" → zeng. */
	private final Map<String, String> pinyinSurnames;

	private final int longestPinyinWord;

	/** Words of organisation names in Arabic script and the English the lists give them in. */
	private final Map<String, String> arabicGlossary;

	ScriptTransliterator(NameTables tables, ArabicRomanisation arabic) {
		this.arabic = arabic;
		this.arabicGlossary = tables.arabicGlossary();
		this.arabicWords = tables.arabicScriptWords();
		this.hebrewNames = tables.hebrewNames();
		this.japaneseNames = tables.japaneseNames();
		this.koreanSurnames = tables.koreanSurnames();
		Map<String, String> pinyinWords = new java.util.HashMap<>();
		Map<String, String> pinyinSurnames = new java.util.HashMap<>();
		for (List<String> row : tables.pinyinWords()) {
			switch (row.get(0)) {
				case "word" -> pinyinWords.put(row.get(1), row.get(2));
				case "surname" -> pinyinSurnames.put(row.get(1), row.get(2));
				default -> throw new IllegalStateException("pinyin-words.csv: unknown kind " + row.get(0));
			}
		}
		this.pinyinWords = Map.copyOf(pinyinWords);
		this.pinyinSurnames = Map.copyOf(pinyinSurnames);
		this.longestPinyinWord = pinyinWords.keySet().stream().mapToInt(String::length).max().orElse(0);
		// A brand the lists write two ways ("semiconductor manufacturing international|smic") is
		// read with the first, and with the second as another reading.
		List<String[]> replacements = new ArrayList<>();
		List<String[]> second = new ArrayList<>();
		for (String[] brand : tables.brandAliases()) {
			String[] ways = brand[1].trim().split("\\s*\\|\\s*");
			replacements.add(new String[] { brand[0], " " + ways[0] + " " });
			second.add(new String[] { brand[0], " " + ways[ways.length - 1] + " " });
		}
		replacements.addAll(tables.cjkGlossary());
		second.addAll(tables.cjkGlossary());
		this.replacements = longestFirst(replacements);
		this.secondWay = longestFirst(second);
		this.businessWords = longestFirst(tables.cjkGlossary());
	}

	private static final int WORD_CACHE_LIMIT = 200_000;

	private final Cache<String, String> wordCache = Caffeine.newBuilder().maximumSize(WORD_CACHE_LIMIT).build();

	private final Transliterator han = Transliterator.getInstance("Han-Latin; Latin-ASCII");

	private final Transliterator cyrillic = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");

	private final Transliterator hangul = Transliterator.getInstance("Hangul-Latin; Latin-ASCII");

	private final Transliterator greek = Transliterator.getInstance("Greek-Latin/UNGEGN; Latin-ASCII");

	private final Transliterator any = Transliterator.getInstance("Any-Latin; Latin-ASCII");

	/** Script-specific transforms, created on first use: much faster than Any-Latin's dispatch. */
	private final Map<Integer, Transliterator> byScript = new java.util.concurrent.ConcurrentHashMap<>();

	private Transliterator forScript(int script) {
		return this.byScript.computeIfAbsent(script, (code) -> {
			String name = UScript.getName(code);
			try {
				return Transliterator.getInstance(name + "-Latin; Latin-ASCII");
			}
			catch (IllegalArgumentException ex) {
				return this.any;
			}
		});
	}

	/** True when {@code text} has letters outside the Latin script. */
	static boolean needsTransliteration(String text) {
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			if (cp >= 0x0370 && Character.isLetter(cp)) {
				int script = UScript.getScript(cp);
				if (script != UScript.LATIN && script != UScript.COMMON && script != UScript.INHERITED) {
					return true;
				}
			}
		}
		return false;
	}

	/** The readings of a name with non-Latin letters; the first is the principal one. */
	List<Reading> transliterate(String text) {
		boolean cjk = hasCjk(text);
		String glossed = cjk ? replace(text, this.replacements) : text;
		List<Reading> readings = new ArrayList<>();
		Reading principal = read(glossed, false);
		if (!glossed.equals(text)) {
			// The words replaced from config/names are part of how the name was read.
			String label = hasHan(text) ? "Han-Latin (pinyin)" : null;
			if (principal.label() != null && (label == null || !principal.label().contains(label))) {
				label = (label == null) ? principal.label() : label + ", " + principal.label();
			}
			label = ((label == null) ? "" : label + ", ") + "names and business words (config/names)";
			principal = new Reading(principal.segments(), label);
		}
		readings.add(principal);
		if (cjk) {
			String other = replace(text, this.secondWay);
			if (!other.equals(glossed)) {
				// "中芯国际控股有限公司" is "SMIC Holdings": SMIC is listed as itself and spelt out.
				readings.add(new Reading(read(other, false).segments(), principal.label()));
			}
		}
		if (cjk && hasHan(text)) {
			// A brand read as the list's English name is also read as pinyin, the other spelling the
			// lists give ("中科曙光" is "Sugon" and, as an alias of it, "Zhongke Shuguang").
			String words = replace(text, this.businessWords);
			if (!words.equals(glossed) && hasHan(words)) {
				readings.add(new Reading(read(words, false).segments(),
						"Han-Latin (pinyin), business words (config/names)"));
			}
			// And the whole name as pinyin, as the Entity List gives some aliases ("海光信息技术有限公司"
			// = "Haiguang Xinxi Jishu Youxian Gongsi"); its legal form is still recognised.
			if (!words.equals(text)) {
				readings.add(read(text, false));
			}
		}
		boolean organisation = translatable(glossed);
		if (organisation) {
			// "الجماعة الاسلامية المقاتلة الليبية" is listed as "Libyan Islamic Fighting Group"; a word
			// the lists translate two ways (مقاتلة: fighting, combatant) gives a second reading.
			for (int translation = 1; translation <= (hasAlternatives(glossed) ? 2 : 1); translation++) {
				Reading translated = read(glossed, false, translation);
				readings.add(new Reading(translated.segments(),
						translated.label() + ", Arabic words translated (config/names)"));
			}
		}
		String construct = organisation ? ArabicRomanisation.constructState(glossed) : glossed;
		if (!construct.equals(glossed)) {
			// "جبهة النصرة" is "Jabhat al-Nusrah": in an organisation's name a ta marbuta before the
			// word it belongs to is "-at" (a person's "حمزة علي" stays "Hamza Ali").
			readings.add(new Reading(read(construct, false).segments(), principal.label()));
		}
		String apart = ArabicRomanisation.compoundsApart(glossed);
		if (!apart.equals(glossed)) {
			// "عبدالحميد" is "Abdelhamid" on one list and "Abd al-Hamid" on another.
			readings.add(new Reading(read(apart, false).segments(), principal.label()));
		}
		if (hasJapaneseName(glossed)) {
			readings.add(read(glossed, true));
		}
		return readings;
	}

	/** Longest first, so that "集团公司" is replaced before the "公司" inside it. */
	private static List<String[]> longestFirst(List<String[]> words) {
		List<String[]> sorted = new ArrayList<>(words);
		sorted.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
		return List.copyOf(sorted);
	}

	private static String replace(String text, List<String[]> words) {
		String out = text;
		for (String[] word : words) {
			if (out.contains(word[0])) {
				out = out.replace(word[0], word[1]);
			}
		}
		return out;
	}

	private boolean hasJapaneseName(String text) {
		for (String name : this.japaneseNames.keySet()) {
			if (name.length() >= 2 && text.contains(name)) {
				return true;
			}
		}
		return false;
	}

	private Reading read(String text, boolean japanese) {
		return read(text, japanese, 0);
	}

	/** Whether a name in Arabic script has a word of organisation names ("and" and "in" aside). */
	private boolean translatable(String text) {
		if (this.arabicGlossary.isEmpty() || text.codePoints().noneMatch((cp) -> UScript.getScript(cp) == UScript.ARABIC)) {
			return false;
		}
		int words = 0;
		for (String word : text.trim().split("\\s+")) {
			String english = english(ArabicRomanisation.plain(word));
			if (english != null && !english.equals("and") && !english.equals("in")) {
				words++;
			}
		}
		return words >= 1;
	}

	private boolean hasAlternatives(String text) {
		for (String word : text.trim().split("\\s+")) {
			String english = english(ArabicRomanisation.plain(word));
			if (english != null && english.contains("|")) {
				return true;
			}
		}
		return false;
	}

	/** The first (1) or the last (2) of the translations "fighting|combatant". */
	private static String translation(String english, int which) {
		int bar = english.indexOf('|');
		return (bar < 0) ? english : (which == 1) ? english.substring(0, bar) : english.substring(english.lastIndexOf('|') + 1);
	}

	/** The English of an organisation word, looked up without the article and a leading wa-, bi- or li-. */
	private String english(String word) {
		for (String prefix : ARABIC_PREFIXES) {
			if (word.startsWith(prefix) && word.length() > prefix.length() + 1) {
				String rest = word.substring(prefix.length());
				String english = this.arabicGlossary.get(rest);
				if (english == null) {
					english = this.arabicGlossary.get(ArabicRomanisation.arabicLetters(rest));
				}
				if (english != null) {
					return english;
				}
			}
		}
		return this.arabicGlossary.get(word);
	}

	/** Article and prefixed prepositions, longest first ("وال" = "and the", "لل" = "for the"). */
	private static final List<String> ARABIC_PREFIXES = List.of("وال", "بال", "فال", "لل", "ال", "أل", "و", "ب", "ل", "");

	/** @param translate 0: Arabic-script words romanised; 1, 2: organisation words translated, first or last translation */
	private Reading read(String text, boolean japanese, int translate) {
		List<Segment> segments = new ArrayList<>();
		Set<String> labels = new LinkedHashSet<>();
		int start = 0;
		int runScript = -1;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			int script = UScript.getScript(cp);
			if (script == UScript.COMMON || script == UScript.INHERITED) {
				script = (runScript == -1) ? UScript.LATIN : runScript;
			}
			if (runScript != -1 && script != runScript) {
				segments.addAll(convert(text.substring(start, i), runScript, japanese, translate, labels));
				start = i;
			}
			runScript = script;
			i += Character.charCount(cp);
		}
		if (start < text.length()) {
			segments.addAll(convert(text.substring(start), runScript, japanese, translate, labels));
		}
		return new Reading(segments, labels.isEmpty() ? null : String.join(", ", labels));
	}

	private List<Segment> convert(String run, int script, boolean japanese, int translate, Set<String> labels) {
		switch (script) {
			case UScript.LATIN:
				return List.of(new Segment(run, TokenOrigin.LATIN));
			case UScript.HAN:
				if (japanese) {
					labels.add("Japanese name readings");
					return List.of(new Segment(japanese(run), TokenOrigin.LATIN));
				}
				labels.add("Han-Latin (pinyin)");
				return List.of(new Segment(pinyin(run), TokenOrigin.PINYIN));
			case UScript.CYRILLIC:
				labels.add("Russian-Latin/BGN");
				return List.of(new Segment(apply(this.cyrillic, run), TokenOrigin.LATIN));
			case UScript.HANGUL:
				labels.add("Hangul-Latin");
				return List.of(new Segment(hangul(run), TokenOrigin.HANGUL));
			case UScript.ARABIC:
				labels.add("Arabic-Latin");
				return abjad(run, this.arabicWords, null, translate);
			case UScript.HEBREW:
				labels.add("Hebrew-Latin");
				return abjad(run, this.hebrewNames, forScript(script), 0);
			case UScript.GREEK:
				labels.add("Greek-Latin/UNGEGN");
				return List.of(new Segment(apply(this.greek, run), TokenOrigin.LATIN));
			default:
				labels.add(UScript.getName(script) + "-Latin");
				return List.of(new Segment(apply(forScript(script), run), TokenOrigin.LATIN));
		}
	}

	/**
	 * Word by word: a known name gets its usual spelling, the rest is spelt letter by letter (Arabic
	 * script by {@link ArabicRomanisation}, Hebrew by ICU) and compared by its sounds. The article
	 * "al-" is a word of its own, as the lists write it ("التكريتي" → "al tkriti" ~ "AL-TIKRITI"), and
	 * a final ta marbuta is read as the vowel it is ("حمزة" → "hmza"). Persian and
	 * Urdu letter forms are looked up as their Arabic counterparts ("حسینی" = "حسيني").
	 */
	private List<Segment> abjad(String run, Map<String, String> names, Transliterator transliterator,
			int translate) {
		List<Segment> segments = new ArrayList<>();
		for (String written : run.trim().split("\\s+")) {
			String word = (transliterator == null) ? ArabicRomanisation.plain(written) : written;
			if (word.isEmpty()) {
				continue;
			}
			String english = (translate > 0) ? english(word) : null;
			if (english != null) {
				segments.add(new Segment(" " + translation(english, translate) + " ", TokenOrigin.LATIN));
				continue;
			}
			String known = known(names, word);
			String article = null;
			String rest = word;
			if (known == null && word.length() > 3 && (word.startsWith("ال") || word.startsWith("أل"))) {
				article = "al";
				rest = word.substring(2);
				known = known(names, rest);
			}
			else if (known == null && transliterator == null && word.length() > 4 && word.startsWith("وال")) {
				// "and the": the conjunction is written on the word ("والمسلمين"), the lists write
				// "wa al-Muslimin" or "wal-Muslimin".
				segments.add(new Segment(" wa ", TokenOrigin.LATIN));
				article = "al";
				rest = word.substring(3);
				known = known(names, rest);
			}
			if (article != null) {
				segments.add(new Segment(" al ", TokenOrigin.LATIN));
			}
			if (known != null) {
				// A known name is still a romanisation: "mahdi" is also the lists' "Mehdi" (by its
				// sounds); particles ("bin", "abu") are compared as written.
				segments.add(new Segment(" " + known + " ",
						(transliterator == null && known.length() >= 4) ? TokenOrigin.ABJAD : TokenOrigin.LATIN));
				continue;
			}
			// Ayn: a vowel where a word starts with it ("عمر" → omar, "عماش" → ammash), elsewhere
			// left out as most romanisations do ("معروف" → maruf).
			String vowelled = rest.startsWith("ع") ? "ا" + rest.substring(1) : rest;
			vowelled = vowelled.replace("ع", "");
			if (vowelled.length() > 2 && vowelled.endsWith("ة")) {
				vowelled = vowelled.substring(0, vowelled.length() - 1) + "ا";
			}
			String latin = (transliterator == null) ? this.arabic.spell(vowelled) : apply(transliterator, vowelled);
			segments.add(new Segment(" " + latin + " ", TokenOrigin.ABJAD));
		}
		return segments;
	}

	private static String known(Map<String, String> names, String word) {
		String known = names.get(word);
		return (known != null) ? known : names.get(ArabicRomanisation.arabicLetters(word));
	}

	/**
	 * Pinyin with syllables joined as lists write Chinese names: two characters make one word
	 * ("huawei"), three a family name and a given name ("xi jinping"), longer runs pairs. A word of
	 * {@code config/names/pinyin-words.csv} is read as the table gives it and kept as one word
	 * ("成都海光" → "chengdu haiguang", where ICU reads "cheng dou"); a two- or three-character name
	 * starting with a family name of the table reads it as a name ("曾" → zeng).
	 */
	private String pinyin(String run) {
		StringBuilder out = new StringBuilder();
		for (String word : run.trim().split("\\s+")) {
			List<String> syllables = new ArrayList<>();
			int i = 0;
			int characters = word.codePointCount(0, word.length());
			if (characters == 2 || characters == 3) {
				String surname = this.pinyinSurnames.get(word.substring(0, Character.charCount(word.codePointAt(0))));
				if (surname != null) {
					syllables.add(surname);
					i = Character.charCount(word.codePointAt(0));
				}
			}
			while (i < word.length()) {
				String known = null;
				int length = Math.min(this.longestPinyinWord, word.length() - i);
				while (length >= 2 && (known = this.pinyinWords.get(word.substring(i, i + length))) == null) {
					length--;
				}
				if (known != null) {
					flushSyllables(out, syllables);
					out.append(' ').append(known);
					i += length;
					// "深圳市" is Shenzhen city, "广东省" Guangdong province: the lists leave the 市 and 省
					// out ("Beijing SenseTime", not "Beijing Shi"); 市场 is "market".
					if (i < word.length() && (word.charAt(i) == '市' || word.charAt(i) == '省')
							&& !word.startsWith("市场", i)) {
						i++;
					}
					continue;
				}
				int next = i + Character.charCount(word.codePointAt(i));
				// Han-Latin writes one syllable per character.
				for (String syllable : apply(this.han, word.substring(i, next)).split("[^A-Za-z]+")) {
					if (!syllable.isEmpty()) {
						syllables.add(syllable);
					}
				}
				i = next;
			}
			flushSyllables(out, syllables);
		}
		return out.toString();
	}

	private static void flushSyllables(StringBuilder out, List<String> syllables) {
		if (!syllables.isEmpty()) {
			out.append(' ').append(String.join(" ", groupSyllables(syllables)));
			syllables.clear();
		}
	}

	static List<String> groupSyllables(List<String> syllables) {
		List<String> words = new ArrayList<>();
		int n = syllables.size();
		if (n == 3) {
			words.add(syllables.get(0));
			words.add(syllables.get(1) + syllables.get(2));
			return words;
		}
		int i = 0;
		while (i < n) {
			int take = (n - i == 3) ? 3 : Math.min(2, n - i);
			words.add(String.join("", syllables.subList(i, i + take)));
			i += take;
		}
		return words;
	}

	private String japanese(String run) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < run.length()) {
			String match = null;
			for (int length = 3; length >= 1 && match == null; length--) {
				if (i + length <= run.length() && this.japaneseNames.containsKey(run.substring(i, i + length))) {
					match = run.substring(i, i + length);
				}
			}
			if (match != null) {
				out.append(' ').append(this.japaneseNames.get(match));
				i += match.length();
			}
			else {
				out.append(' ').append(apply(this.han, run.substring(i, i + 1)).replaceAll("[^A-Za-z]", ""));
				i++;
			}
		}
		return out.toString();
	}

	/**
	 * A 2-4 syllable word that starts with a family name is a person's name: one token per
	 * syllable, the family name spelled as the lists do ("김정은" → "kim jong un"). Any other word
	 * ("련봉" → "ryonbong") is one token, as the lists write Korean company names. Vowels are
	 * written McCune-Reischauer style (eo → o, eu → u), as DPRK names on the lists are; consonant
	 * spellings are reconciled by the comparison ({@link TokenOrigin#HANGUL}).
	 */
	private String hangul(String run) {
		StringBuilder out = new StringBuilder();
		for (String word : run.trim().split("\\s+")) {
			int length = word.codePointCount(0, word.length());
			boolean person = length >= 2 && length <= 4 && this.koreanSurnames.containsKey(word.substring(0, 1));
			out.append(' ');
			for (int i = 0; i < word.length(); i++) {
				String syllable = word.substring(i, i + 1);
				String surname = (person && i == 0) ? this.koreanSurnames.get(syllable) : null;
				String latin = (surname != null) ? surname
						: apply(this.hangul, syllable).trim().replace("eo", "o").replace("eu", "u");
				if (person && i > 0) {
					out.append(' ');
				}
				out.append(latin);
			}
		}
		return out.toString();
	}

	private static boolean hasHan(String text) {
		return text.codePoints().anyMatch((cp) -> UScript.getScript(cp) == UScript.HAN);
	}

	private static boolean hasCjk(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x3040) {
				return true;
			}
		}
		return false;
	}

	/**
	 * ICU transliterators are not documented as thread-safe, and are slow (Han-Latin takes
	 * ~100 µs a name): words are transliterated once and cached, Han character by character.
	 */
	private String apply(Transliterator transliterator, String text) {
		StringBuilder out = new StringBuilder(text.length() * 2);
		boolean han = transliterator == this.han;
		for (String word : text.trim().split("\\s+")) {
			if (word.isEmpty()) {
				continue;
			}
			if (han) {
				for (int i = 0; i < word.length();) {
					int cp = word.codePointAt(i);
					int next = i + Character.charCount(cp);
					out.append(' ').append(cached(transliterator, word.substring(i, next)));
					i = next;
				}
			}
			else {
				out.append(' ').append(cached(transliterator, word));
			}
		}
		return out.toString();
	}

	private String cached(Transliterator transliterator, String word) {
		String key = transliterator.getID() + '\u0000' + word;
		return this.wordCache.get(key, (k) -> {
			synchronized (transliterator) {
				return transliterator.transliterate(word);
			}
		});
	}

}
