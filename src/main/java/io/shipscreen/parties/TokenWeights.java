package io.shipscreen.parties;

import java.util.Set;

/**
 * How much a token says about who a party is: inverse document frequency over all listed
 * names, damped for words every company has ("technology", "international") and for name
 * particles and patronymics, which lists often leave out.
 */
final class TokenWeights {

	private static final Set<String> GENERIC = Set.of("technology", "technologies", "tech", "international", "intl",
			"group", "industry", "industries", "industrial", "information", "trading", "trade", "electronics",
			"electronic", "holding", "holdings", "global", "science", "sciences", "research", "institute",
			"development", "engineering", "services", "service", "systems", "system", "import", "export",
			"enterprise", "enterprises", "communication", "communications", "network", "networks", "digital",
			"software", "computer", "computing", "national", "center", "centre", "general", "equipment",
			"investment", "management", "solutions", "products", "manufacturing", "bank", "university", "academy",
			"office", "branch", "factory", "plant", "shipping", "logistics", "energy", "new", "china", "chinese",
			"beijing", "shanghai", "shenzhen", "hong", "kong", "russia", "iran", "company", "firm", "partners");

	private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ben", "ibn", "bint", "de", "da", "di",
			"du", "van", "von", "der", "la", "le", "abd", "ul", "ud", "uddin");

	/**
	 * Country names and demonyms: "Huawei Technologies Deutschland" is a Huawei subsidiary, the
	 * country word says little about which company it is.
	 */
	private static final Set<String> PLACES = places();

	private TokenWeights() {
	}

	private static Set<String> places() {
		Set<String> places = new java.util.HashSet<>(Set.of("deutschland", "germany", "german", "france", "french",
				"italia", "italy", "espana", "spain", "nederland", "netherlands", "holland", "polska", "schweiz", "suisse",
				"osterreich", "austria", "nippon", "japan", "india", "brasil", "brazil", "mexico", "uk", "usa", "america",
				"american", "europe", "european", "asia", "asian", "pacific", "middle", "east", "gulf", "africa",
				"african", "latin", "emirates", "dubai", "singapore", "malaysia", "hk", "russian", "iranian", "korea",
				"turkiye", "turkey", "canada", "australia"));
		for (String code : java.util.Locale.getISOCountries()) {
			String name = new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH)
				.toLowerCase(java.util.Locale.ROOT);
			if (!name.contains(" ")) {
				places.add(name);
			}
		}
		return Set.copyOf(places);
	}

	/** The weight of {@code token} given its inverse document frequency. */
	static float weight(String token, double idf) {
		double weight = idf;
		if (GENERIC.contains(token)) {
			weight *= 0.3;
		}
		else if (PARTICLES.contains(token)) {
			weight *= 0.3;
		}
		else if (PLACES.contains(token)) {
			weight *= 0.1;
		}
		else if (isPatronymic(token)) {
			weight *= 0.5;
		}
		return (float) weight;
	}

	/** Russian patronymics (…ovich, …evna): lists and orders often omit them. */
	static boolean isPatronymic(String token) {
		return token.length() > 6 && (token.endsWith("ovich") || token.endsWith("evich") || token.endsWith("ovna")
				|| token.endsWith("evna") || token.endsWith("ichna"));
	}

}
