package io.shipscreen.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Contributes facts about what a run screened against (policy ids and versions, list snapshot
 * dates and content hashes) to the run table and the summary workbook.
 */
public interface RunFactsContributor {

	/** Ordered label → value pairs, e.g. {@code "Party lists" → "OFAC SDN 2024-05-03 (14,965)"}. */
	Map<String, String> runFacts();

	/**
	 * Every contributor's facts as the run table keeps them: one {@code label<TAB>value} line a
	 * fact, in the contributors' order (a later label replaces an earlier one), a value on one line.
	 */
	static String recorded(List<RunFactsContributor> contributors) {
		Map<String, String> all = new LinkedHashMap<>();
		contributors.forEach((contributor) -> all.putAll(contributor.runFacts()));
		return all.entrySet()
			.stream()
			.map((fact) -> fact.getKey() + "\t" + fact.getValue().replaceAll("[\\t\\n]+", " "))
			.collect(Collectors.joining("\n"));
	}

}
