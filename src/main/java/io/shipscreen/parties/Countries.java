package io.shipscreen.parties;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names as lists write them ("Iran", "Korea, North", "Russian Federation") to ISO
 * alpha-2 codes. The JDK's English country names cover most; the rest are list spellings.
 */
final class Countries {

	private static final Map<String, String> BY_NAME = build();

	private Countries() {
	}

	/** The alpha-2 code for a country name or code, if known. */
	static Optional<String> toAlpha2(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String trimmed = text.trim();
		if (trimmed.length() == 2 && trimmed.chars().allMatch(Character::isLetter)) {
			String code = trimmed.toUpperCase(Locale.ROOT);
			return BY_NAME.containsValue(code) ? Optional.of(code) : Optional.empty();
		}
		return Optional.ofNullable(BY_NAME.get(key(trimmed)));
	}

	private static String key(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").trim();
	}

	private static Map<String, String> build() {
		Map<String, String> names = new HashMap<>();
		for (String code : Locale.getISOCountries()) {
			names.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
		}
		String[][] extra = { { "russia", "RU" }, { "russian federation", "RU" }, { "iran", "IR" },
				{ "iran islamic republic of", "IR" }, { "north korea", "KP" }, { "korea north", "KP" },
				{ "democratic people s republic of korea", "KP" }, { "south korea", "KR" }, { "korea south", "KR" },
				{ "republic of korea", "KR" }, { "syria", "SY" }, { "syrian arab republic", "SY" },
				{ "democratic republic of the congo", "CD" }, { "congo democratic republic of the", "CD" },
				{ "congo", "CG" }, { "republic of the congo", "CG" }, { "burma", "MM" }, { "myanmar", "MM" },
				{ "united states", "US" }, { "usa", "US" }, { "united states of america", "US" },
				{ "united kingdom", "GB" }, { "uk", "GB" },
				{ "united kingdom of great britain and northern ireland", "GB" }, { "viet nam", "VN" },
				{ "vietnam", "VN" }, { "laos", "LA" }, { "lao people s democratic republic", "LA" },
				{ "turkey", "TR" }, { "turkiye", "TR" }, { "hong kong", "HK" }, { "macau", "MO" }, { "macao", "MO" },
				{ "taiwan", "TW" }, { "palestinian", "PS" }, { "west bank", "PS" }, { "gaza", "PS" },
				{ "state of palestine", "PS" }, { "moldova", "MD" }, { "republic of moldova", "MD" },
				{ "bolivia", "BO" }, { "venezuela", "VE" }, { "tanzania", "TZ" }, { "united republic of tanzania", "TZ" },
				{ "cote d ivoire", "CI" }, { "ivory coast", "CI" }, { "libya", "LY" }, { "czech republic", "CZ" },
				{ "the netherlands", "NL" }, { "netherlands", "NL" }, { "crimea", "UA" }, { "brunei", "BN" },
				{ "cape verde", "CV" }, { "kyrgyzstan", "KG" }, { "bosnia and herzegovina", "BA" },
				{ "north macedonia", "MK" }, { "the former yugoslav republic of macedonia", "MK" },
				{ "china", "CN" }, { "people s republic of china", "CN" }, { "sudan", "SD" }, { "south sudan", "SS" },
				{ "uae", "AE" }, { "united arab emirates", "AE" }, { "eswatini", "SZ" }, { "swaziland", "SZ" } };
		for (String[] pair : extra) {
			names.put(pair[0], pair[1]);
		}
		return Map.copyOf(names);
	}

}
