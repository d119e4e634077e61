package io.shipscreen.policy;

import java.util.List;
import java.util.Map;


/**
 * The destination and headquarters licence requirements of a policy (15 CFR 742.6(a)(6)).
 *
 * @param items ECCN prefixes the requirements apply to
 * @param rules tried in order for each party country; the first that matches names the rule
 * @param parties which countries of the row are tested, with the severity when no licence covers
 * them ({@code ultimate_consignee}, {@code end_user}, {@code ship_to}, {@code intermediate_consignee})
 * @param headquarters the ultimate-parent test, or null
 * @param headquartersParties whose ultimate parent it tests ({@code end_user},
 * {@code ultimate_consignee}, {@code purchaser}), in file order, with the severity without a licence
 * @param reviewNotes dated licence review policy notes appended to a requirement's reason
 */
public record DestinationRules(ItemScope items, List<DestinationRule> rules, Map<String, Level> parties,
		DestinationRule headquarters, Map<String, Level> headquartersParties, List<ReviewNote> reviewNotes) {
}
