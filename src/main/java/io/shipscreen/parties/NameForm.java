package io.shipscreen.parties;

import java.util.List;

/**
 * One way of reading a name in Latin tokens.
 *
 * @param tokens normalised tokens (lower-case ASCII, legal forms and stopwords removed)
 * @param origins for each token, the kind of script it came from (decides how it is compared)
 * @param transliteration how non-Latin text was transliterated, e.g. {@code Han-Latin (pinyin)}, or
 * {@code null} when the name was Latin already
 */
public record NameForm(List<String> tokens, List<TokenOrigin> origins, String transliteration) {

	public NameForm {
		tokens = List.copyOf(tokens);
		origins = List.copyOf(origins);
	}

	/** The tokens joined by spaces: the cache key. */
	public String key() {
		return String.join(" ", this.tokens);
	}

	public TokenOrigin origin(int index) {
		return this.origins.get(index);
	}

}
