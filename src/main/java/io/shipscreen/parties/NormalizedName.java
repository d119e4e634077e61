package io.shipscreen.parties;

import java.util.List;

/**
 * A name prepared for matching.
 *
 * @param original the name as written
 * @param forms one or more Latin readings (more than one where a script is ambiguous, e.g. Han
 * characters read as Chinese pinyin or as a Japanese name)
 * @param legalForms the legal-form classes found and set aside, e.g. {@code [LTD]}
 */
public record NormalizedName(String original, List<NameForm> forms, List<String> legalForms) {

	public NormalizedName {
		forms = List.copyOf(forms);
		legalForms = List.copyOf(legalForms);
	}

	/** The first (principal) reading. */
	public NameForm primary() {
		return this.forms.get(0);
	}

	/** Cache key: all readings' tokens. */
	public String key() {
		return (this.forms.size() == 1) ? primary().key()
				: String.join(" | ", this.forms.stream().map(NameForm::key).toList());
	}

	public boolean isEmpty() {
		return primary().tokens().isEmpty();
	}

}
