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

	private TokenWeights() {
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
