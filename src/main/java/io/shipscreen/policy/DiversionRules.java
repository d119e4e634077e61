package io.shipscreen.policy;

import java.math.BigDecimal;
import java.util.List;

/**
 * Diversion red flags and their thresholds.
 *
 * @param items the items the flags apply to (the advanced-computing items)
 * @param forwarderTerms consignee-name words of forwarders and resellers
 * @param hubs transshipment hubs: a country mismatch through one is REVIEW, elsewhere INFO
 * @param newCustomerDays a customer is new for this many days after {@code customer_since}
 * @param newCustomerLargeOrderUsd from this line value a new customer's order is flagged
 * @param volumeFactor a line this many times above the customer's average so far is flagged
 * @param volumeMinHistory how many earlier lines a customer needs before the volume test applies
 * @param volumeMinValueUsd lines below this value are never flagged for volume
 * @param residentialTerms address words that look residential
 * @param parentGroups an ultimate parent headquartered in these groups (and in none of
 * {@code parentUnlessGroups}) is a red flag when the end user is elsewhere
 */
public record DiversionRules(boolean enabled, ItemScope items, TermMatcher forwarderTerms, List<String> hubs,
		int newCustomerDays, BigDecimal newCustomerLargeOrderUsd, BigDecimal volumeFactor, int volumeMinHistory,
		BigDecimal volumeMinValueUsd, TermMatcher residentialTerms, List<String> parentGroups,
		List<String> parentUnlessGroups, String kycCitation, String practiceCitation, String guidanceCitation) {

	public static final DiversionRules NONE = new DiversionRules(false, new ItemScope(List.of()), TermMatcher.none(),
			List.of(), 0, null, null, 0, null, TermMatcher.none(), List.of(), List.of(), null, null, null);

}
