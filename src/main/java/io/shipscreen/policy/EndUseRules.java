package io.shipscreen.policy;

import java.util.List;

/**
 * Word lists for the end-use statement.
 *
 * @param items the items for which a missing statement is flagged and the AI-training rule applies
 * @param restrictedPlaces place words in the statement that tie it to a restricted destination
 * @param restrictedGroups where AI training for the entity needs a licence (D:5), with
 * {@code restrictedCountries} (Macau)
 * @param outsideTierTraining under a tiered policy, red flag 28: training for an entity headquartered
 * outside the tier named here (e.g. {@code tier-1}); null elsewhere
 */
public record EndUseRules(boolean enabled, ItemScope items, TermMatcher aiTraining, TermMatcher military, TermMatcher iaas,
		TermMatcher vague, TermMatcher restrictedPlaces, List<String> restrictedGroups, List<String> restrictedCountries, String outsideTierTraining,
		String aiTrainingCitation, String militaryCitation, String iaasCitation, String missingCitation,
		String outsideTierCitation) {

	public static final EndUseRules NONE = new EndUseRules(false, new ItemScope(List.of()), TermMatcher.none(),
			TermMatcher.none(), TermMatcher.none(), TermMatcher.none(), TermMatcher.none(), List.of(), List.of(), null, null, null, null, null, null);

}
