package io.shipscreen.policy;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A word list from a policy, compiled once into one pattern and matched on normalised text:
 * lower case, accents removed, punctuation as spaces, whole words only ("arms" does not match
 * "farms"). Immutable and thread-safe.
 */
public final class TermMatcher {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final List<String> terms;

	private final Pattern pattern;

	private final Set<String> normalisedTerms;

	public TermMatcher(List<String> terms) {
		this.terms = List.copyOf(terms);
		this.normalisedTerms = this.terms.stream().map(TermMatcher::normalise).collect(Collectors.toUnmodifiableSet());
		// Longest first, so that "ai model training" wins over "ai" in the evidence.
		String alternation = this.terms.stream()
			.map(TermMatcher::normalise)
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		this.pattern = alternation.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
	}

	public static TermMatcher none() {
		return new TermMatcher(List.of());
	}

	public List<String> terms() {
		return this.terms;
	}

	public boolean isEmpty() {
		return this.pattern == null;
	}

	/** The first term found in {@code text} (normalised form), if any. */
	public Optional<String> find(String text) {
		if (this.pattern == null || text == null || text.isEmpty()) {
			return Optional.empty();
		}
		Matcher matcher = this.pattern.matcher(normalise(text));
		return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
	}

	/** Same as {@link #find} on text already passed through {@link #normalise}. */
	public Optional<String> findNormalised(String normalised) {
		if (this.pattern == null || normalised == null || normalised.isEmpty()) {
			return Optional.empty();
		}
		Matcher matcher = this.pattern.matcher(normalised);
		return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
	}

	/** True when the whole normalised text is one of the terms (a statement that is only "n/a"). */
	public boolean isWholly(String normalised) {
		return this.normalisedTerms.contains(normalised);
	}

	/** Lower case, no accents, runs of punctuation and spaces as one space, trimmed. */
	public static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String lower = text.toLowerCase(Locale.ROOT);
		boolean ascii = true;
		for (int i = 0; i < lower.length() && ascii; i++) {
			ascii = lower.charAt(i) < 128;
		}
		if (!ascii) {
			lower = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
		}
		return NON_WORD.matcher(lower).replaceAll(" ").trim();
	}

}
