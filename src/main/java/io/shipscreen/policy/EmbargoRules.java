package io.shipscreen.policy;

import java.util.List;

/**
 * Comprehensive embargoes: any item, any party country in these groups, or an address in an
 * embargoed region.
 */
public record EmbargoRules(List<EmbargoGroup> groups, List<EmbargoRegion> regions) {

	/** @param ruleId e.g. {@code EMBARGO-E1} */
	public record EmbargoGroup(String group, String ruleId, String citation) {
	}

	/** @param terms place names matched in addresses (normalised, whole words) */
	public record EmbargoRegion(String id, String name, TermMatcher terms, String citation) {
	}

}
