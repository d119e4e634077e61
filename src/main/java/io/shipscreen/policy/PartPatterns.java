package io.shipscreen.policy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A policy's part-number patterns (e.g. {@code ascend\s*-?\s*9[12]0[a-z]?\b}), looked for in a
 * row's texts. Every row of the night is searched, and nearly none matches: one combined pattern
 * rules a row out with one search per text; only a row it finds is searched pattern by pattern,
 * so the match reported is the first pattern's, as the policy lists them.
 */
public final class PartPatterns {

	private static final PartPatterns NONE = new PartPatterns(List.of());

	/** Back-references would point at other groups once combined: such lists are searched one by one. */
	private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\([1-9]|k<)");

	private final List<Pattern> patterns;

	/** All patterns as one alternation, or null (none, or they cannot be combined). */
	private final Pattern any;

	public PartPatterns(List<Pattern> patterns) {
		this.patterns = List.copyOf(patterns);
		this.any = combined(this.patterns);
	}

	private static Pattern combined(List<Pattern> patterns) {
		if (patterns.isEmpty() || patterns.stream().map(Pattern::flags).distinct().count() > 1
				|| patterns.stream().anyMatch((p) -> BACK_REFERENCE.matcher(p.pattern()).find())) {
			return null;
		}
		return Pattern.compile(patterns.stream().map((p) -> "(?:" + p.pattern() + ")").collect(Collectors.joining("|")),
				patterns.get(0).flags());
	}

	public static PartPatterns none() {
		return NONE;
	}

	public List<Pattern> patterns() {
		return this.patterns;
	}

	/** The first pattern's match, trying each text in turn, then the next pattern. */
	public Optional<String> firstMatch(String... texts) {
		if (this.patterns.isEmpty() || (this.any != null && !anyFinds(texts))) {
			return Optional.empty();
		}
		for (Pattern pattern : this.patterns) {
			for (String text : texts) {
				if (text != null) {
					Matcher matcher = pattern.matcher(text);
					if (matcher.find()) {
						return Optional.of(matcher.group().strip());
					}
				}
			}
		}
		return Optional.empty();
	}

	private boolean anyFinds(String... texts) {
		for (String text : texts) {
			if (text != null && this.any.matcher(text).find()) {
				return true;
			}
		}
		return false;
	}

}
