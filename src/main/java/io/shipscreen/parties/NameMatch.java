package io.shipscreen.parties;

import java.util.List;

/**
 * A listed name that matches a queried name.
 *
 * @param entry the list entry
 * @param asListed the entry's name or alias that matched, as listed
 * @param alias whether that was an alias
 * @param score 0..1 name score
 * @param matchedTokens how tokens were aligned, e.g. {@code huawei=huawei, tech~technology (0.93)}
 * @param transliteration the transliteration applied to the queried name, or {@code null}
 */
public record NameMatch(ListEntry entry, String asListed, boolean alias, double score, List<String> matchedTokens,
		String transliteration) {

	public NameMatch {
		matchedTokens = List.copyOf(matchedTokens);
	}

}
