package io.shipscreen.parties;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

	/**
	 * Common Arabic-script name words and their usual Latin spelling: ICU writes only the
	 * consonants ("mhmd"), lists write the vowels. Cultural reference data, as in rigour/yente.
	 */
	private static final Map<String, String> ARABIC_NAMES = Map.ofEntries(Map.entry("محمد", "mohammed"),
			Map.entry("علي", "ali"), Map.entry("على", "ali"), Map.entry("أحمد", "ahmed"), Map.entry("احمد", "ahmed"),
			Map.entry("حسن", "hassan"), Map.entry("حسين", "hussein"), Map.entry("حسین", "hossein"),
			Map.entry("عبد", "abd"), Map.entry("الله", "allah"), Map.entry("عبدالله", "abdullah"),
			Map.entry("خالد", "khaled"), Map.entry("محمود", "mahmoud"), Map.entry("عمر", "omar"),
			Map.entry("يوسف", "yousef"), Map.entry("یوسف", "yousef"), Map.entry("إبراهيم", "ibrahim"),
			Map.entry("ابراهيم", "ibrahim"), Map.entry("مصطفى", "mustafa"), Map.entry("سعيد", "saeed"),
			Map.entry("فاطمة", "fatima"), Map.entry("زينب", "zainab"), Map.entry("مريم", "maryam"),
			Map.entry("عائشة", "aisha"), Map.entry("سالم", "salem"), Map.entry("ناصر", "nasser"),
			Map.entry("كريم", "karim"), Map.entry("رضا", "reza"), Map.entry("جعفر", "jafar"), Map.entry("صالح", "saleh"),
			Map.entry("طارق", "tariq"), Map.entry("فيصل", "faisal"), Map.entry("حمد", "hamad"),
			Map.entry("منصور", "mansour"), Map.entry("عثمان", "othman"), Map.entry("سليمان", "suleiman"),
			Map.entry("عبدالرحمن", "abdulrahman"), Map.entry("الرحمن", "alrahman"), Map.entry("جمال", "jamal"),
			Map.entry("نور", "nour"), Map.entry("أمين", "amin"), Map.entry("امين", "amin"), Map.entry("رشيد", "rashid"),
			Map.entry("مجيد", "majid"), Map.entry("حميد", "hamid"), Map.entry("عزيز", "aziz"), Map.entry("قاسم", "qasim"),
			Map.entry("موسى", "musa"), Map.entry("عيسى", "isa"), Map.entry("هادي", "hadi"), Map.entry("مهدي", "mahdi"),
			Map.entry("مهدی", "mahdi"), Map.entry("رحيم", "rahim"), Map.entry("كمال", "kamal"), Map.entry("بكر", "bakr"),
			Map.entry("أبو", "abu"), Map.entry("ابو", "abu"), Map.entry("بن", "bin"), Map.entry("بنت", "bint"));

	/** Common Hebrew given names (ICU writes only consonants). */
	private static final Map<String, String> HEBREW_NAMES = Map.ofEntries(Map.entry("משה", "moshe"),
			Map.entry("דוד", "david"), Map.entry("יוסף", "yosef"), Map.entry("אברהם", "avraham"),
			Map.entry("יצחק", "yitzhak"), Map.entry("יעקב", "yaakov"), Map.entry("שרה", "sarah"),
			Map.entry("רחל", "rachel"), Map.entry("דניאל", "daniel"), Map.entry("מיכאל", "michael"),
			Map.entry("שלמה", "shlomo"), Map.entry("אליהו", "eliyahu"), Map.entry("חיים", "chaim"),
			Map.entry("כהן", "cohen"), Map.entry("לוי", "levi"));

	/** One reading of a whole name. */
	record Reading(List<Segment> segments, String label) {
	}

	/** Chinese words that lists write in English, longest first. */
	private static final String[][] CJK_GLOSSARY = { { "股份有限公司", " co ltd " }, { "有限责任公司", " llc " },
			{ "有限公司", " co ltd " }, { "株式会社", " kk " }, { "集成电路", " integrated circuit " },
			{ "半导体", " semiconductor " }, { "研究所", " research institute " }, { "研究院", " research institute " },
			{ "公司", " co " }, { "集团", " group " }, { "科技", " technology " }, { "技术", " technology " },
			{ "电子", " electronics " }, { "信息", " information " }, { "通信", " communication " },
			{ "国际", " international " }, { "贸易", " trading " }, { "微电子", " microelectronics " },
			{ "计算机", " computer " }, { "网络", " network " }, { "控股", " holdings " }, { "实业", " industrial " } };

	/** Common Japanese family names and given names in kanji (ICU reads Han as Chinese). */
	private static final Map<String, String> JAPANESE = Map.ofEntries(Map.entry("佐藤", "sato"),
			Map.entry("鈴木", "suzuki"), Map.entry("高橋", "takahashi"), Map.entry("田中", "tanaka"),
			Map.entry("伊藤", "ito"), Map.entry("渡辺", "watanabe"), Map.entry("山本", "yamamoto"),
			Map.entry("中村", "nakamura"), Map.entry("小林", "kobayashi"), Map.entry("加藤", "kato"),
			Map.entry("吉田", "yoshida"), Map.entry("山田", "yamada"), Map.entry("佐々木", "sasaki"),
			Map.entry("山口", "yamaguchi"), Map.entry("松本", "matsumoto"), Map.entry("井上", "inoue"),
			Map.entry("木村", "kimura"), Map.entry("斎藤", "saito"), Map.entry("清水", "shimizu"),
			Map.entry("山崎", "yamazaki"), Map.entry("池田", "ikeda"), Map.entry("橋本", "hashimoto"),
			Map.entry("阿部", "abe"), Map.entry("石川", "ishikawa"), Map.entry("山下", "yamashita"),
			Map.entry("中島", "nakajima"), Map.entry("石井", "ishii"), Map.entry("小川", "ogawa"),
			Map.entry("前田", "maeda"), Map.entry("岡田", "okada"), Map.entry("長谷川", "hasegawa"),
			Map.entry("藤田", "fujita"), Map.entry("後藤", "goto"), Map.entry("近藤", "kondo"),
			Map.entry("村上", "murakami"), Map.entry("遠藤", "endo"), Map.entry("青木", "aoki"),
			Map.entry("坂本", "sakamoto"), Map.entry("太郎", "taro"), Map.entry("花子", "hanako"),
			Map.entry("一郎", "ichiro"), Map.entry("次郎", "jiro"), Map.entry("大輔", "daisuke"),
			Map.entry("健太", "kenta"), Map.entry("拓也", "takuya"), Map.entry("直樹", "naoki"),
			Map.entry("美咲", "misaki"), Map.entry("陽子", "yoko"), Map.entry("恵子", "keiko"),
			Map.entry("裕子", "yuko"), Map.entry("和子", "kazuko"), Map.entry("幸子", "sachiko"),
			Map.entry("由美", "yumi"), Map.entry("翔太", "shota"), Map.entry("誠", "makoto"));

	/** How Korean family names are usually written in Latin (not the Revised Romanization). */
	private static final Map<String, String> KOREAN_SURNAMES = Map.ofEntries(Map.entry("김", "kim"),
			Map.entry("이", "lee"), Map.entry("박", "park"), Map.entry("최", "choi"), Map.entry("정", "jung"),
			Map.entry("강", "kang"), Map.entry("조", "cho"), Map.entry("윤", "yoon"), Map.entry("장", "jang"),
			Map.entry("임", "lim"), Map.entry("한", "han"), Map.entry("오", "oh"), Map.entry("서", "seo"),
			Map.entry("신", "shin"), Map.entry("권", "kwon"), Map.entry("황", "hwang"), Map.entry("안", "ahn"),
			Map.entry("송", "song"), Map.entry("류", "ryu"), Map.entry("유", "yoo"), Map.entry("홍", "hong"),
			Map.entry("전", "jeon"), Map.entry("고", "ko"), Map.entry("문", "moon"), Map.entry("양", "yang"),
			Map.entry("손", "son"), Map.entry("배", "bae"), Map.entry("백", "baek"), Map.entry("허", "heo"),
			Map.entry("노", "noh"), Map.entry("남", "nam"), Map.entry("심", "shim"), Map.entry("곽", "kwak"),
			Map.entry("성", "sung"), Map.entry("차", "cha"), Map.entry("주", "joo"), Map.entry("우", "woo"),
			Map.entry("구", "koo"), Map.entry("민", "min"), Map.entry("진", "jin"), Map.entry("지", "ji"),
			Map.entry("채", "chae"), Map.entry("원", "won"), Map.entry("현", "hyun"), Map.entry("변", "byun"));

	private static final int WORD_CACHE_LIMIT = 200_000;

	private final Map<String, String> wordCache = new java.util.concurrent.ConcurrentHashMap<>();

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
		String glossed = text;
		for (String[] word : CJK_GLOSSARY) {
			glossed = glossed.replace(word[0], word[1]);
		}
		List<Reading> readings = new ArrayList<>();
		readings.add(read(glossed, false));
		if (hasJapaneseName(glossed)) {
			readings.add(read(glossed, true));
		}
		return readings;
	}

	private boolean hasJapaneseName(String text) {
		for (String name : JAPANESE.keySet()) {
			if (name.length() >= 2 && text.contains(name)) {
				return true;
			}
		}
		return false;
	}

	private Reading read(String text, boolean japanese) {
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
				segments.addAll(convert(text.substring(start, i), runScript, japanese, labels));
				start = i;
			}
			runScript = script;
			i += Character.charCount(cp);
		}
		if (start < text.length()) {
			segments.addAll(convert(text.substring(start), runScript, japanese, labels));
		}
		return new Reading(segments, labels.isEmpty() ? null : String.join(", ", labels));
	}

	private List<Segment> convert(String run, int script, boolean japanese, Set<String> labels) {
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
				return List.of(new Segment(hangul(run), TokenOrigin.LATIN));
			case UScript.ARABIC:
				labels.add("Arabic-Latin");
				return abjad(run, ARABIC_NAMES, forScript(script));
			case UScript.HEBREW:
				labels.add("Hebrew-Latin");
				return abjad(run, HEBREW_NAMES, forScript(script));
			case UScript.GREEK:
				labels.add("Greek-Latin/UNGEGN");
				return List.of(new Segment(apply(this.greek, run), TokenOrigin.LATIN));
			default:
				labels.add(UScript.getName(script) + "-Latin");
				return List.of(new Segment(apply(forScript(script), run), TokenOrigin.LATIN));
		}
	}

	/** Word by word: a known name gets its usual spelling, the rest ICU's consonant spelling. */
	private List<Segment> abjad(String run, Map<String, String> names, Transliterator transliterator) {
		List<Segment> segments = new ArrayList<>();
		for (String word : run.trim().split("\\s+")) {
			String known = names.get(word);
			if (known == null && word.length() > 2 && (word.startsWith("ال") || word.startsWith("أل"))) {
				String rest = names.get(word.substring(2));
				known = (rest != null) ? "al " + rest : null;
			}
			segments.add((known != null) ? new Segment(" " + known + " ", TokenOrigin.LATIN)
					: new Segment(" " + apply(transliterator, word) + " ", TokenOrigin.ABJAD));
		}
		return segments;
	}

	/**
	 * Pinyin with syllables joined as lists write Chinese names: two characters make one word
	 * ("huawei"), three a family name and a given name ("xi jinping"), longer runs pairs.
	 */
	private String pinyin(String run) {
		StringBuilder out = new StringBuilder();
		for (String word : run.trim().split("\\s+")) {
			// Han-Latin writes one syllable per character, separated by spaces.
			List<String> syllables = new ArrayList<>();
			for (String syllable : apply(this.han, word).split("[^A-Za-z]+")) {
				if (!syllable.isEmpty()) {
					syllables.add(syllable);
				}
			}
			out.append(' ').append(String.join(" ", groupSyllables(syllables)));
		}
		return out.toString();
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
				if (i + length <= run.length() && JAPANESE.containsKey(run.substring(i, i + length))) {
					match = run.substring(i, i + length);
				}
			}
			if (match != null) {
				out.append(' ').append(JAPANESE.get(match));
				i += match.length();
			}
			else {
				out.append(' ').append(apply(this.han, run.substring(i, i + 1)).replaceAll("[^A-Za-z]", ""));
				i++;
			}
		}
		return out.toString();
	}

	/** One token per syllable; a 2-4 syllable word starts with a family name, spelled as usual. */
	private String hangul(String run) {
		StringBuilder out = new StringBuilder();
		for (String word : run.trim().split("\\s+")) {
			int length = word.codePointCount(0, word.length());
			for (int i = 0; i < word.length(); i++) {
				String syllable = word.substring(i, i + 1);
				String surname = (i == 0 && length >= 2 && length <= 4) ? KOREAN_SURNAMES.get(syllable) : null;
				// Names are usually written McCune-Reischauer style: jeong → jong, eun → un.
				out.append(' ').append((surname != null) ? surname
						: apply(this.hangul, syllable).replace("eo", "o").replace("eu", "u"));
			}
		}
		return out.toString();
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
		String latin = this.wordCache.get(key);
		if (latin == null) {
			synchronized (transliterator) {
				latin = transliterator.transliterate(word);
			}
			if (this.wordCache.size() >= WORD_CACHE_LIMIT) {
				this.wordCache.clear();
			}
			this.wordCache.put(key, latin);
		}
		return latin;
	}

}
