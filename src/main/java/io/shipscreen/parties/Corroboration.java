package io.shipscreen.parties;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Weighs a name match by where the party is: a match in one of the entry's own countries
 * counts for more, one elsewhere for less, and a shared place name in the address adds a
 * little. Entries that give no country are left as they are.
 */
public final class Corroboration {

	static final double COUNTRY_MATCH = 0.03;

	static final double COUNTRY_MISMATCH = -0.02;

	static final double ADDRESS_MATCH = 0.02;

	/** Words every address has; a shared one proves nothing. */
	private static final Set<String> STREET_WORDS = Set.of("street", "road", "avenue", "building", "floor",
			"district", "room", "suite", "industrial", "park", "center", "centre", "province", "square", "tower");

	private Corroboration() {
	}

	/** The adjusted score and a note saying why. */
	public record Adjusted(double score, String note) {
	}

	public static Adjusted adjust(double nameScore, String country, String address, ListEntry entry) {
		double score = nameScore;
		StringBuilder note = new StringBuilder();
		if (country != null && !entry.countries().isEmpty()) {
			if (entry.countries().contains(country)) {
				score += COUNTRY_MATCH;
				note.append("country ").append(country).append(" matches the entry (+").append(COUNTRY_MATCH).append(')');
			}
			else {
				score += COUNTRY_MISMATCH;
				note.append("country ").append(country).append(" is not among the entry's ")
					.append(String.join("/", entry.countries().stream().sorted().toList()))
					.append(" (").append(COUNTRY_MISMATCH).append(')');
			}
		}
		String place = sharedPlace(address, entry);
		if (place != null) {
			score += ADDRESS_MATCH;
			if (note.length() > 0) {
				note.append(", ");
			}
			note.append("address shares '").append(place).append("' (+").append(ADDRESS_MATCH).append(')');
		}
		return new Adjusted(Math.max(0, Math.min(1.0, score)), (note.length() > 0) ? note.toString() : null);
	}

	/** A place-like word (5+ letters) of the party's address found in the entry's addresses. */
	private static String sharedPlace(String address, ListEntry entry) {
		if (address == null || address.isBlank() || entry.addresses().isEmpty()) {
			return null;
		}
		Set<String> listed = new HashSet<>();
		for (String line : entry.addresses()) {
			listed.addAll(words(line));
		}
		for (String word : words(address)) {
			if (word.length() >= 5 && listed.contains(word) && !STREET_WORDS.contains(word)) {
				return word;
			}
		}
		return null;
	}

	private static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty() && !Character.isDigit(word.charAt(0))) {
				words.add(word);
			}
		}
		return words;
	}

}
