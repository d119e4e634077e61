package io.shipscreen.parties;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How much a token says about who a party is: inverse document frequency over all listed
 * names, damped for the words of {@code config/names/weighting-words.csv} (industry words every
 * company has, name particles, place names) and for patronymics, which lists often leave out.
 * The damping is relative to the name: a name made of nothing but such words keeps their full
 * weight, so the word that differs still decides ("Bank of China" is not "Bank of Japan"). As
 * yente's logic-v2 weighs org-class, location and symbol parts less.
 */
final class TokenWeights {

	/** The damping of a word in a name that also has a distinctive word. */
	private final Map<String, Float> factors;

	TokenWeights(List<List<String>> rows, LegalForms legalForms) {
		Map<String, Float> factors = new HashMap<>();
		for (List<String> row : rows) {
			factors.putIfAbsent(row.get(0), Float.parseFloat(row.get(2)));
		}
		for (String code : Locale.getISOCountries()) {
			String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT);
			if (!name.contains(" ")) {
				factors.putIfAbsent(name, 0.1f);
			}
		}
		this.factors = Map.copyOf(factors);
		this.legalForms = legalForms;
	}

	private final LegalForms legalForms;

	/** The damping factor of {@code token} (1 = a distinctive word). */
	float factor(String token) {
		Float factor = this.factors.get(token);
		if (factor != null) {
			return factor;
		}
		if (this.legalForms.isLegalFormWord(token) && token.length() > 3) {
			// A legal-form word left in the name (a misspelt or partial form) says nothing.
			return 0.2f;
		}
		return isPatronymic(token) ? 0.5f : 1f;
	}

	/** The weights of a name's tokens given their inverse document frequencies. */
	float[] weights(List<String> tokens, float[] idf) {
		float[] weights = new float[tokens.size()];
		boolean distinctive = false;
		for (int i = 0; i < weights.length; i++) {
			distinctive |= factor(tokens.get(i)) >= 0.5f && !Character.isDigit(tokens.get(i).charAt(0));
		}
		for (int i = 0; i < weights.length; i++) {
			float factor = factor(tokens.get(i));
			weights[i] = distinctive ? idf[i] * factor : idf[i];
		}
		return weights;
	}

	/** Russian patronymics (…ovich, …evna): lists and orders often omit them. */
	static boolean isPatronymic(String token) {
		return token.length() > 6 && (token.endsWith("ovich") || token.endsWith("evich") || token.endsWith("ovna")
				|| token.endsWith("evna") || token.endsWith("ichna"));
	}

}
