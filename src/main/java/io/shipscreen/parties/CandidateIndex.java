package io.shipscreen.parties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * An in-memory index of every listed name and alias: a token vocabulary with postings (also
 * for adjacent token pairs written together, "hua wei" → "huawei"), a trigram index over the
 * vocabulary to find misspelt tokens, and a consonant-skeleton index for abjad scripts.
 * Retrieval touches only the names that share a (similar) token with the query, never all of
 * them. Immutable after construction apart from its caches; thread-safe.
 */
public final class CandidateIndex {

	/** A query token's similar vocabulary tokens (ids sorted) and their similarities. */
	record Expansion(int[] ids, float[] sims) {

		float sim(int vocabId) {
			int at = Arrays.binarySearch(this.ids, vocabId);
			return (at >= 0) ? this.sims[at] : 0f;
		}

	}

	private static final int EXPANSION_CACHE_LIMIT = 200_000;

	private final List<IndexedName> names;

	private final Map<String, Integer> vocabulary;

	private final String[] tokens;

	/** Token lengths by vocabulary id: read for every posting, so kept in one flat array. */
	private final int[] tokenLengths;

	private final int[][] postings;

	private final float[] idf;

	private final float unknownIdf;

	private final Map<String, int[]> trigrams;

	private final Map<String, int[]> skeletons;

	/** Vocabulary ids by the sound key of their Arabic romanisation ("djamel", "jamal" → "jml"). */
	private final Map<String, int[]> arabicKeys;

	private final ArabicRomanisation arabic;

	private final Cache<String, Expansion> expansions = Caffeine.newBuilder().maximumSize(EXPANSION_CACHE_LIMIT).build();

	private final ThreadLocal<Scratch> scratch;

	private final TokenWeights tokenWeights;

	private final NameNormalizer normalizer;

	/** Vocabulary ids by given-name group ("mohammed" → mohammed, muhammad, mohamed ...). */
	private final Map<String, int[]> givenNameSpellings;

	/** Whether two tokens are spellings of one given name ("aleksandr", "alexander"). */
	boolean sameGivenName(String a, String b) {
		String group = this.normalizer.givenNameGroup(a);
		return group != null && group.equals(this.normalizer.givenNameGroup(b));
	}

	/** Another spelling of the same given name: as close as doubled letters. */
	static final float GIVEN_NAME_VARIANT = 0.95f;

	private CandidateIndex(List<IndexedName> names, Map<String, Integer> vocabulary, String[] tokens,
			int[][] postings, float[] idf, float unknownIdf, Map<String, int[]> trigrams, Map<String, int[]> skeletons,
			Map<String, int[]> arabicKeys, NameNormalizer normalizer) {
		this.arabicKeys = arabicKeys;
		this.arabic = normalizer.arabic();
		this.tokenWeights = normalizer.weights();
		this.normalizer = normalizer;
		Map<String, IntList> spellings = new HashMap<>();
		for (int v = 0; v < tokens.length; v++) {
			String group = normalizer.givenNameGroup(tokens[v]);
			if (group != null) {
				spellings.computeIfAbsent(group, (k) -> new IntList()).addDistinctLast(v);
			}
		}
		this.givenNameSpellings = toArrays(spellings);
		this.names = names;
		this.vocabulary = vocabulary;
		this.tokens = tokens;
		this.tokenLengths = new int[tokens.length];
		for (int v = 0; v < tokens.length; v++) {
			this.tokenLengths[v] = tokens[v].length();
		}
		this.postings = postings;
		this.idf = idf;
		this.unknownIdf = unknownIdf;
		this.trigrams = trigrams;
		this.skeletons = skeletons;
		int size = names.size();
		int vocabSize = tokens.length;
		float[] totals = new float[size];
		for (int i = 0; i < size; i++) {
			totals[i] = names.get(i).totalWeight();
		}
		this.scratch = ThreadLocal.withInitial(() -> new Scratch(size, vocabSize, totals));
	}

	/** Builds the index over every name and alias of {@code entries}. */
	public static CandidateIndex build(List<ListEntry> entries, NameNormalizer normalizer) {
		List<Object[]> prepared = new ArrayList<>();
		Map<String, Integer> vocabulary = new HashMap<>();
		List<String> tokens = new ArrayList<>();
		List<IntList> postings = new ArrayList<>();
		// Names read without their acronym repeat the name's words: they do not make a word commoner.
		List<int[]> secondForms = new ArrayList<>();
		java.util.Set<String> latinWritten = new java.util.HashSet<>();
		for (ListEntry entry : entries) {
			List<String> written = new ArrayList<>();
			written.add(entry.name());
			written.addAll(entry.aliases());
			java.util.Set<String> seen = new java.util.HashSet<>();
			for (int i = 0; i < written.size(); i++) {
				List<NameForm> forms = new ArrayList<>(normalizer.normalize(written.get(i)).forms());
				int asWritten = forms.size();
				String bare = withoutAcronym(written.get(i));
				if (bare != null) {
					forms.addAll(normalizer.normalize(bare).forms());
				}
				for (int f = 0; f < forms.size(); f++) {
					NameForm form = forms.get(f);
					if (form.tokens().isEmpty() || !seen.add(form.key())) {
						continue;
					}
					int nameId = prepared.size();
					boolean withoutAcronym = f >= asWritten;
					prepared.add(new Object[] { entry, written.get(i), i > 0, form, withoutAcronym });
					for (int t = 0; t < form.tokens().size(); t++) {
						if (form.origin(t) == TokenOrigin.LATIN) {
							latinWritten.add(form.tokens().get(t));
						}
					}
					List<String> terms = new ArrayList<>(form.tokens());
					for (int t = 0; t + 1 < form.tokens().size(); t++) {
						terms.add(form.tokens().get(t) + form.tokens().get(t + 1));
					}
					for (String term : terms) {
						int vocabId = vocabulary.computeIfAbsent(term, (k) -> {
							tokens.add(k);
							postings.add(new IntList());
							secondForms.add(new int[1]);
							return tokens.size() - 1;
						});
						if (postings.get(vocabId).addDistinctLast(nameId) && withoutAcronym) {
							secondForms.get(vocabId)[0]++;
						}
					}
				}
			}
		}
		int vocabSize = tokens.size();
		int[][] postingArrays = new int[vocabSize][];
		float[] idf = new float[vocabSize];
		double n = Math.max(1, prepared.size());
		for (int v = 0; v < vocabSize; v++) {
			postingArrays[v] = postings.get(v).toArray();
			idf[v] = (float) (Math.log((n + 1) / (postingArrays[v].length - secondForms.get(v)[0] + 1)) + 1);
		}
		float unknownIdf = (float) (Math.log(n + 1) + 1);
		List<IndexedName> names = new ArrayList<>(prepared.size());
		for (int id = 0; id < prepared.size(); id++) {
			Object[] p = prepared.get(id);
			NameForm form = (NameForm) p[3];
			int[] ids = new int[form.tokens().size()];
			float[] idfs = new float[ids.length];
			for (int t = 0; t < ids.length; t++) {
				ids[t] = vocabulary.get(form.tokens().get(t));
				idfs[t] = idf[ids[t]];
			}
			float[] weights = normalizer.weights().weights(form.tokens(), idfs);
			float total = 0;
			for (float weight : weights) {
				total += weight;
			}
			names.add(new IndexedName(id, (ListEntry) p[0], (String) p[1], (Boolean) p[2], form, ids, weights, total,
					(Boolean) p[4]));
		}
		// Trigram postings in order of token length (vocabulary visited shortest first), so
		// that a query reads only the lengths that can match.
		Integer[] byLength = new Integer[vocabSize];
		for (int v = 0; v < vocabSize; v++) {
			byLength[v] = v;
		}
		Arrays.sort(byLength, java.util.Comparator.comparingInt((Integer v) -> tokens.get(v).length()));
		Map<String, IntList> grams = new HashMap<>();
		Map<String, IntList> skeletons = new HashMap<>();
		Map<String, IntList> arabicKeys = new HashMap<>();
		for (int v = 0; v < vocabSize; v++) {
			String token = tokens.get(v);
			// The keys are for the lists' Latin spellings: a word the list itself writes in Arabic
			// script is spelt as the query is, and compared as spelt.
			if (token.length() >= 3 && !Character.isDigit(token.charAt(0)) && latinWritten.contains(token)) {
				for (String key : normalizer.arabic().latinKeys(token)) {
					if (key.length() >= 2) {
						arabicKeys.computeIfAbsent(key, (k) -> new IntList()).addDistinctLast(v);
					}
				}
			}
		}
		for (int v : byLength) {
			String token = tokens.get(v);
			for (String gram : trigramsOf(token)) {
				grams.computeIfAbsent(gram, (k) -> new IntList()).addDistinctLast(v);
			}
			skeletons.computeIfAbsent(TokenSimilarity.skeleton(token), (k) -> new IntList()).addDistinctLast(v);
		}
		return new CandidateIndex(List.copyOf(names), Map.copyOf(vocabulary), tokens.toArray(String[]::new),
				postingArrays, idf, unknownIdf, toArrays(grams), toArrays(skeletons), toArrays(arabicKeys), normalizer);
	}

	private static final java.util.regex.Pattern TRAILING_ACRONYM = java.util.regex.Pattern
		.compile("^(.*\\S)\\s*(?:\\(([^()]+)\\)|/\\s*([^/]+))\\s*$");

	/**
	 * The name without the acronym the list appends to it ("HAQQANI NETWORK (HQN)", "AL-ITIHAAD
	 * AL-ISLAMIYA / AIAI", "... 13th Research Institute (CETC 13)"), or null: a party writes the
	 * name without it. An acronym is one or two upper-case words whose letters appear in order in
	 * the name, starting with its first letter, so "(Hong Kong)" or "(SHANGHAI)" stay part of it.
	 */
	static String withoutAcronym(String name) {
		java.util.regex.Matcher m = TRAILING_ACRONYM.matcher(name);
		if (!m.matches()) {
			return null;
		}
		String base = m.group(1).trim();
		String acronym = ((m.group(2) != null) ? m.group(2) : m.group(3)).trim();
		String[] words = acronym.split("\\s+");
		if (words.length > 2 || base.split("\\s+").length < 2 || !words[0].matches("[A-Z][A-Z0-9&.-]{1,7}")
				|| (words.length == 2 && !words[1].matches("[0-9]{1,3}"))) {
			return null;
		}
		String letters = words[0].replaceAll("[^A-Z]", "");
		String text = base.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z]", "");
		if (letters.length() < 2 || text.isEmpty() || text.charAt(0) != letters.charAt(0)) {
			return null;
		}
		int at = 0;
		for (char c : letters.toCharArray()) {
			at = text.indexOf(c, at);
			if (at < 0) {
				return null;
			}
			at++;
		}
		return base;
	}

	/** A growable int array: the index has millions of postings, boxing them is slow. */
	private static final class IntList {

		private int[] values = new int[4];

		private int size;

		/** Adds {@code value} unless it is the last one; whether it was added. */
		boolean addDistinctLast(int value) {
			if (this.size > 0 && this.values[this.size - 1] == value) {
				return false;
			}
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
			return true;
		}

		int[] toArray() {
			return Arrays.copyOf(this.values, this.size);
		}

	}

	private static Map<String, int[]> toArrays(Map<String, IntList> lists) {
		Map<String, int[]> arrays = new HashMap<>(lists.size() * 2);
		lists.forEach((key, list) -> arrays.put(key, list.toArray()));
		return Map.copyOf(arrays);
	}

	private static void swap(char[] chars, int i) {
		char c = chars[i];
		chars[i] = chars[i + 1];
		chars[i + 1] = c;
	}

	/** The first position in a length-sorted posting whose token is at least {@code length} long. */
	private int firstOfLength(int[] ids, int length) {
		int low = 0;
		int high = ids.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (this.tokenLengths[ids[mid]] < length) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	/** Padded trigrams: "^hu", "hua", "ua$". */
	static List<String> trigramsOf(String token) {
		String padded = "^" + token + "$";
		List<String> grams = new ArrayList<>(padded.length());
		for (int i = 0; i + 3 <= padded.length(); i++) {
			grams.add(padded.substring(i, i + 3));
		}
		return grams;
	}

	public int size() {
		return this.names.size();
	}

	List<IndexedName> names() {
		return this.names;
	}

	IndexedName name(int id) {
		return this.names.get(id);
	}

	String token(int vocabId) {
		return this.tokens[vocabId];
	}

	/** The weights of a query's tokens (unknown tokens are as rare as can be). */
	float[] weights(List<String> tokens) {
		float[] idfs = new float[tokens.size()];
		for (int i = 0; i < idfs.length; i++) {
			Integer id = this.vocabulary.get(tokens.get(i));
			idfs[i] = (id != null) ? this.idf[id] : this.unknownIdf;
		}
		return this.tokenWeights.weights(tokens, idfs);
	}

	/** The vocabulary tokens similar to {@code token}, cached per distinct token. */
	Expansion expand(String token, TokenOrigin origin) {
		String key = (origin == TokenOrigin.LATIN) ? token : token + "\u0000" + origin.ordinal();
		return this.expansions.get(key, (k) -> computeExpansion(token, origin));
	}

	private Expansion computeExpansion(String token, TokenOrigin asked) {
		Map<Integer, Float> found = new HashMap<>();
		// A name the Arabic-script table spells with its vowels is compared as Latin, and by its
		// sounds only below: its vowels tell "Mohammed" from "Mahmoud".
		boolean known = asked == TokenOrigin.ABJAD && this.arabic.isKnownSpelling(token);
		TokenOrigin origin = known ? TokenOrigin.LATIN : asked;
		Integer exact = this.vocabulary.get(token);
		if (exact != null) {
			found.put(exact, 1f);
		}
		if (origin != TokenOrigin.PINYIN && !Character.isDigit(token.charAt(0)) && token.length() >= 2) {
			List<String> grams = trigramsOf(token);
			Scratch s = this.scratch.get();
			s.resetGrams();
			// Only tokens of a similar length can be similar enough: gram postings are sorted by
			// token length, so each is read from the first plausible length to the last.
			int slack = Math.max(2, token.length() / 3);
			int minLength = token.length() - slack;
			int maxLength = token.length() + slack;
			int queryGrams = grams.size();
			// Dice >= 0.2 needs at least `required` shared trigrams, so a token that shares
			// only the (required - 1) most common trigrams cannot qualify: those postings only
			// count for tokens already found through rarer trigrams (prefix filtering).
			int required = Math.max(1, (int) Math.ceil(0.1 * (queryGrams + Math.max(1, minLength)) - 1e-9));
			List<int[]> postingsOfGrams = new ArrayList<>(queryGrams);
			for (String gram : grams) {
				int[] ids = this.trigrams.get(gram);
				if (ids != null) {
					postingsOfGrams.add(ids);
				}
			}
			postingsOfGrams.sort(java.util.Comparator.comparingInt((int[] ids) -> ids.length));
			int introducing = Math.max(0, postingsOfGrams.size() - (required - 1));
			for (int g = 0; g < postingsOfGrams.size(); g++) {
				int[] ids = postingsOfGrams.get(g);
				boolean introduce = g < introducing;
				for (int k = firstOfLength(ids, minLength); k < ids.length; k++) {
					int id = ids[k];
					if (this.tokenLengths[id] > maxLength) {
						break;
					}
					if (introduce) {
						s.addGram(id);
					}
					else {
						s.countGram(id);
					}
				}
			}
			int[] queryCounts = TokenSimilarity.letterCounts(token);
			int[] bag = new int[TokenSimilarity.SLOTS];
			for (int k = 0; k < s.gramCount; k++) {
				int id = s.gramTouched[k];
				if (2 * s.grams[id] < 0.2 * (queryGrams + this.tokenLengths[id])) {
					continue;
				}
				String other = this.tokens[id];
				// Dice on trigrams filters before the costlier Jaro-Winkler; low enough for
				// transpositions in short tokens ("abudl" ~ "abdul").
				double dice = 2.0 * s.grams[id] / (queryGrams + this.tokenLengths[id]);
				if (dice >= 0.2 && TokenSimilarity.bagDistance(queryCounts, other, bag) <= slack) {
					double sim = TokenSimilarity.of(token, other, origin);
					if (sim >= TokenSimilarity.MIN) {
						found.merge(id, (float) sim, Math::max);
					}
				}
			}
		}
		if (origin != TokenOrigin.PINYIN) {
			// A swap of neighbouring letters can leave no trigram in common ("sko" / "sok").
			char[] chars = token.toCharArray();
			for (int i = 0; i + 1 < chars.length; i++) {
				if (chars[i] == chars[i + 1]) {
					continue;
				}
				swap(chars, i);
				Integer id = this.vocabulary.get(new String(chars));
				swap(chars, i);
				if (id != null) {
					found.merge(id, (float) TokenSimilarity.of(token, this.tokens[id], origin), Math::max);
				}
			}
		}
		String group = this.normalizer.givenNameGroup(token);
		if (group != null) {
			for (int id : this.givenNameSpellings.getOrDefault(group, new int[0])) {
				found.merge(id, GIVEN_NAME_VARIANT, Math::max);
			}
		}
		if (origin == TokenOrigin.ABJAD) {
			int[] ids = this.skeletons.get(TokenSimilarity.skeleton(token));
			if (ids != null) {
				for (int id : ids) {
					double sim = TokenSimilarity.of(token, this.tokens[id], origin);
					if (sim >= TokenSimilarity.MIN) {
						found.merge(id, (float) sim, Math::max);
					}
				}
			}
		}
		if (origin == TokenOrigin.HANGUL) {
			// 박 is Pak, Park or Bak on the lists, 이 Lee, Yi or Ri.
			for (String spelling : this.normalizer.koreanSurnameSpellings(token)) {
				Integer id = this.vocabulary.get(spelling);
				if (id != null) {
					found.merge(id, GIVEN_NAME_VARIANT, Math::max);
				}
			}
		}
		if (asked == TokenOrigin.ABJAD) {
			for (String key : this.arabic.keys(token)) {
				int[] ids = this.arabicKeys.get(key);
				if (ids == null) {
					continue;
				}
				for (int id : ids) {
					float sim = arabicKeySimilarity(token, key, this.tokens[id]);
					if (sim > 0) {
						found.merge(id, sim, Math::max);
					}
				}
			}
		}
		int[] ids = found.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
		float[] sims = new float[ids.length];
		for (int i = 0; i < ids.length; i++) {
			sims[i] = found.get(ids[i]);
		}
		return new Expansion(ids, sims);
	}

	/**
	 * An Arabic-script word and a listed token with one of its sound keys: the same name, as
	 * sure as the same consonant skeleton. A key of two letters also fits many short names
	 * ("bd": Abid, Ubaid, Badi), so there the lengths must be alike and both start with a vowel or
	 * both with a consonant.
	 */
	private float arabicKeySimilarity(String spelt, String key, String listed) {
		// The article run in ("Elsseid", "Alhamraoui"), or run in and assimilated ("Essaadi" is al-Saadi).
		String bare = listed;
		if (listed.length() > 5 && (listed.startsWith("al") || listed.startsWith("el")) && !isVowel(listed.charAt(2))) {
			bare = listed.substring(2);
		}
		else if (listed.length() > 4 && isVowel(listed.charAt(0)) && !isVowel(listed.charAt(1))
				&& listed.charAt(1) == listed.charAt(2)) {
			bare = listed.substring(2);
		}
		// A word that starts with alif or ayn is written with a vowel first ("Ahmadi" is not "Hamidi").
		if (isVowel(spelt.charAt(0)) != isVowel(bare.charAt(0))) {
			return 0f;
		}
		if (this.arabic.isKnownSpelling(spelt) && !sameFirstVowel(spelt, listed)) {
			// A name the table spells with its vowels: "Mohammed" is not "Mahmoud".
			return 0f;
		}
		// Spelt from the script, a word lacks its short vowels: the listed token is as long or longer.
		int longer = bare.length() - spelt.length();
		if (key.length() >= 3 || (longer >= -1 && longer <= 3)) {
			return (float) TokenSimilarity.ABJAD_SKELETON;
		}
		return 0f;
	}

	/** The first vowels alike: a and e, e and i, o and u are spellings of one vowel. */
	private static boolean sameFirstVowel(String a, String b) {
		char va = firstVowel(a);
		char vb = firstVowel(b);
		return va == vb || va == 0 || vb == 0 || (vowelClass(va) & vowelClass(vb)) != 0;
	}

	private static char firstVowel(String token) {
		for (int i = 0; i < token.length(); i++) {
			if (isVowel(token.charAt(i))) {
				return token.charAt(i);
			}
		}
		return 0;
	}

	private static int vowelClass(char c) {
		return switch (c) {
			case 'a' -> 1;
			case 'e' -> 1 | 2;
			case 'i' -> 2;
			default -> 4;
		};
	}

	private static boolean isVowel(char c) {
		return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
	}

	/**
	 * Up to {@code limit} names sharing the most (weighted, similar) tokens with the query, best
	 * first. {@code expansions} are the query tokens' expansions; {@code pairExpansions} those of
	 * adjacent query tokens written together.
	 */
	int[] candidates(float[] weights, Expansion[] expansions, Expansion[] pairExpansions, int limit) {
		return candidates(weights, expansions, pairExpansions, new Expansion[0], limit);
	}

	/** As above, with the expansions of three adjacent query tokens written together. */
	int[] candidates(float[] weights, Expansion[] expansions, Expansion[] pairExpansions, Expansion[] tripleExpansions,
			int limit) {
		Scratch s = this.scratch.get();
		s.reset();
		for (int i = 0; i < expansions.length; i++) {
			accumulate(s, expansions[i], weights[i]);
		}
		for (int i = 0; i < pairExpansions.length; i++) {
			accumulate(s, pairExpansions[i], weights[i] + weights[i + 1]);
		}
		for (int i = 0; i < tripleExpansions.length; i++) {
			accumulate(s, tripleExpansions[i], weights[i] + weights[i + 1] + weights[i + 2]);
		}
		return s.top(limit);
	}

	/**
	 * Adds one query token's gain to every name holding a token like it: the best one only, so a
	 * name with several tokens like "salah" (saleh, salih, allah) does not outrank the name that
	 * also has the query's other, rarer word.
	 */
	private void accumulate(Scratch s, Expansion expansion, float weight) {
		if (expansion.ids.length == 1) {
			float gain = weight * expansion.sims[0];
			for (int nameId : this.postings[expansion.ids[0]]) {
				s.add(nameId, gain);
			}
			return;
		}
		s.resetToken();
		for (int k = 0; k < expansion.ids.length; k++) {
			float gain = weight * expansion.sims[k];
			for (int nameId : this.postings[expansion.ids[k]]) {
				s.offer(nameId, gain);
			}
		}
		s.flushToken();
	}

	/** Per-thread accumulator over all names, reset by clearing only what was touched. */
	private static final class Scratch {

		private final float[] score;

		private final int[] touched;

		private int count;

		private final int[] grams;

		private final int[] gramTouched;

		private int gramCount;

		/** One query token's best gain per name, before it is added to {@code score}. */
		private final float[] tokenBest;

		private final int[] tokenTouched;

		private int tokenCount;

		/** Each name's total token weight: of two names that share as much, the one with less left over ranks first. */
		private final float[] totals;

		Scratch(int size, int vocabSize, float[] totals) {
			this.totals = totals;
			this.score = new float[size];
			this.touched = new int[size];
			this.tokenBest = new float[size];
			this.tokenTouched = new int[size];
			this.grams = new int[vocabSize];
			this.gramTouched = new int[vocabSize];
		}

		void resetGrams() {
			for (int i = 0; i < this.gramCount; i++) {
				this.grams[this.gramTouched[i]] = 0;
			}
			this.gramCount = 0;
		}

		/** Counts a shared trigram only for a token already found. */
		void countGram(int id) {
			if (this.grams[id] > 0) {
				this.grams[id]++;
			}
		}

		void addGram(int id) {
			if (this.grams[id]++ == 0) {
				this.gramTouched[this.gramCount++] = id;
			}
		}

		void reset() {
			for (int i = 0; i < this.count; i++) {
				this.score[this.touched[i]] = 0f;
			}
			this.count = 0;
		}

		void resetToken() {
			this.tokenCount = 0;
		}

		void offer(int id, float gain) {
			if (this.tokenBest[id] == 0f) {
				this.tokenTouched[this.tokenCount++] = id;
				this.tokenBest[id] = gain;
			}
			else if (gain > this.tokenBest[id]) {
				this.tokenBest[id] = gain;
			}
		}

		void flushToken() {
			for (int i = 0; i < this.tokenCount; i++) {
				int id = this.tokenTouched[i];
				add(id, this.tokenBest[id]);
				this.tokenBest[id] = 0f;
			}
			this.tokenCount = 0;
		}

		void add(int id, float gain) {
			if (this.score[id] == 0f) {
				this.touched[this.count++] = id;
			}
			this.score[id] += gain;
		}

		int[] top(int limit) {
			int n = Math.min(limit, this.count);
			int[] best = new int[n];
			float[] bestScore = new float[n];
			int filled = 0;
			for (int i = 0; i < this.count; i++) {
				int id = this.touched[i];
				float shared = this.score[id];
				// As the scorer will: the listed name's unmatched weight costs a little.
				float value = shared * (1f - 0.3f * (1f - Math.min(1f, shared / this.totals[id])));
				if (filled < n) {
					insert(best, bestScore, filled++, id, value);
				}
				else if (value > bestScore[n - 1]) {
					insert(best, bestScore, n - 1, id, value);
				}
			}
			return best;
		}

		private static void insert(int[] best, float[] bestScore, int at, int id, float value) {
			int i = at;
			while (i > 0 && bestScore[i - 1] < value) {
				best[i] = best[i - 1];
				bestScore[i] = bestScore[i - 1];
				i--;
			}
			best[i] = id;
			bestScore[i] = value;
		}

	}

}
