package io.shipscreen.policy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A word list from a policy, matched on normalised text: lower case, accents removed,
 * punctuation as spaces, whole words only ("arms" does not match "farms"). Terms are indexed by
 * their first word at load, so a look-up walks the text's words once whatever the list's size.
 * Immutable (but for a memo of texts seen) and thread-safe.
 */
public final class TermMatcher {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private final List<String> terms;

	private final Set<String> normalisedTerms;

	/** First word → the terms starting with it, as word arrays, longest first. */
	private final Map<String, List<String[]>> byFirstWord;

	/** Distinct texts remembered (the least used are dropped beyond it). */
	private static final int MEMO_LIMIT = 10_000;

	/**
	 * Every row's descriptions, end uses and addresses are matched against several lists, and an
	 * order book writes them the same few ways: each distinct text is matched once.
	 */
	private final Cache<String, Optional<String>> memo = Caffeine.newBuilder().maximumSize(MEMO_LIMIT).build();

	public TermMatcher(List<String> terms) {
		this.terms = List.copyOf(terms);
		this.normalisedTerms = this.terms.stream()
			.map(TermMatcher::normalise)
			.filter((t) -> !t.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
		Map<String, List<String[]>> index = new HashMap<>();
		for (String term : this.normalisedTerms) {
			String[] words = term.split(" ");
			index.computeIfAbsent(words[0], (w) -> new ArrayList<>()).add(words);
		}
		index.replaceAll((word, list) -> {
			list.sort(Comparator.comparingInt((String[] w) -> w.length).reversed());
			return List.copyOf(list);
		});
		this.byFirstWord = Map.copyOf(index);
	}

	public static TermMatcher none() {
		return new TermMatcher(List.of());
	}

	public List<String> terms() {
		return this.terms;
	}

	public boolean isEmpty() {
		return this.byFirstWord.isEmpty();
	}

	/** The first term found in {@code text} (in normalised form), if any. */
	public Optional<String> find(String text) {
		if (isEmpty() || text == null || text.isEmpty()) {
			return Optional.empty();
		}
		// memoised by the text as written: a repeated text is neither normalised nor re-hashed
		return this.memo.get(text, (written) -> match(normalise(written)));
	}

	/** Whether {@code text} has a word at all once normalised (without normalising it). */
	public static boolean hasWords(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (Character.isLetterOrDigit(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private Optional<String> match(String normalised) {
		String[] words = normalised.split(" ");
		for (int i = 0; i < words.length; i++) {
			List<String[]> candidates = this.byFirstWord.get(words[i]);
			if (candidates == null) {
				continue;
			}
			for (String[] candidate : candidates) {
				if (matchesAt(words, i, candidate)) {
					return Optional.of(String.join(" ", candidate));
				}
			}
		}
		return Optional.empty();
	}

	private static boolean matchesAt(String[] words, int start, String[] term) {
		if (start + term.length > words.length) {
			return false;
		}
		for (int j = 1; j < term.length; j++) {
			if (!words[start + j].equals(term[j])) {
				return false;
			}
		}
		return true;
	}

	/** True when the whole normalised text is one of the terms (a statement that is only "n/a"). */
	public boolean isWholly(String normalised) {
		return this.normalisedTerms.contains(normalised);
	}

	/** Lower case, no accents, runs of anything but letters and digits as one space, trimmed. */
	public static String normalise(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String source = text;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 128) {
				source = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
				break;
			}
		}
		StringBuilder out = new StringBuilder(source.length());
		boolean space = true;
		for (int i = 0; i < source.length(); i++) {
			char c = source.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				out.append(Character.toLowerCase(c));
				space = false;
			}
			else if (!space) {
				out.append(' ');
				space = true;
			}
		}
		int length = out.length();
		if (length > 0 && out.charAt(length - 1) == ' ') {
			out.setLength(length - 1);
		}
		return out.toString();
	}

}
