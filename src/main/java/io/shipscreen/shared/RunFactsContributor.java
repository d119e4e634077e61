package io.shipscreen.shared;

import java.util.Map;

/**
 * Contributes facts about what a run screened against (policy ids and versions, list snapshot
 * dates and content hashes) to the run table and the summary workbook.
 */
public interface RunFactsContributor {

	/** Ordered label → value pairs, e.g. {@code "Party lists" → "OFAC SDN 2024-05-03 (14,965)"}. */
	Map<String, String> runFacts();

}
