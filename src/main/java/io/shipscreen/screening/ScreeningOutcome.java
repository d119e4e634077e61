package io.shipscreen.screening;

import java.util.Comparator;
import java.util.List;

import io.shipscreen.policy.Policy;
import io.shipscreen.shared.Decision;
import io.shipscreen.shared.Severity;

/**
 * What screening one transaction decided, and why.
 *
 * @param policy the policy it was screened under, or {@code null} when none applied
 * @param destinationGroup the destination's tier or country group under that policy, for counts
 * @param decision the worst severity of the hits ({@code CLEAR} when there are none)
 * @param hits every hit, worst first
 */
public record ScreeningOutcome(Policy policy, String destinationGroup, Decision decision, List<Hit> hits) {

	static final Comparator<Hit> WORST_FIRST = Comparator.comparing(Hit::severity).reversed()
		.thenComparing(Hit::ruleId);

	public static ScreeningOutcome of(Policy policy, String destinationGroup, List<Hit> hits) {
		List<Hit> sorted = hits.stream().sorted(WORST_FIRST).toList();
		Decision decision = sorted.isEmpty() ? Decision.CLEAR : sorted.get(0).severity().decision();
		return new ScreeningOutcome(policy, destinationGroup, decision, sorted);
	}

	/** The rule ids of the hits that flag (severity above INFO), de-duplicated, worst first. */
	public List<String> flaggingRuleIds() {
		return this.hits.stream().filter((hit) -> hit.severity() != Severity.INFO).map(Hit::ruleId).distinct().toList();
	}

}
