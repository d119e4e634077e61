package io.shipscreen.ownership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.shipscreen.parties.SourceList;

/**
 * One ownership rule of {@code config/ownership/rules.yml}: owners on {@code lists} holding
 * {@code thresholdPercent} or more of an entity, directly or indirectly, individually or in the
 * aggregate, make it restricted as its most restrictive owner is.
 *
 * @param id e.g. {@code bis-affiliates}
 * @param title e.g. {@code BIS Affiliates Rule}
 * @param lists the owners' lists that count, most restrictive first
 * @param thresholdPercent e.g. 50
 * @param hitSuffix the hit's rule id is {@code PARTY-<list>-<suffix>}
 * @param citation what the hit cites
 * @param unknownShareCitation what a hit for a listed owner of unknown share cites
 * @param consequence what the restriction means, completing "… so …" in the reason
 * @param inForceFrom first day in force, or {@code null} for every date
 * @param suspensions periods in which it is not applied
 */
public record OwnershipRule(String id, String title, List<SourceList> lists, double thresholdPercent,
		String hitSuffix, String citation, String unknownShareCitation, String consequence, LocalDate inForceFrom,
		List<Suspension> suspensions) {

	public OwnershipRule {
		lists = List.copyOf(lists);
		suspensions = List.copyOf(suspensions);
	}

	/** A suspension, both dates inclusive. */
	public record Suspension(LocalDate from, LocalDate to, String citation) {

		boolean covers(LocalDate date) {
			return !date.isBefore(this.from) && !date.isAfter(this.to);
		}

	}

	/** Where the rule stands on a date. */
	public sealed interface Status permits InForce, Suspended, NotYet {
	}

	public record InForce() implements Status {
	}

	public record Suspended(Suspension suspension) implements Status {
	}

	public record NotYet() implements Status {
	}

	public Status statusOn(LocalDate date) {
		if (this.inForceFrom != null && date.isBefore(this.inForceFrom)) {
			return new NotYet();
		}
		Optional<Suspension> suspension = this.suspensions.stream().filter((s) -> s.covers(date)).findFirst();
		return suspension.<Status>map(Suspended::new).orElseGet(InForce::new);
	}

	/** The rank of a list in this rule: 0 = most restrictive; -1 when it does not count. */
	int rank(SourceList list) {
		return this.lists.indexOf(list);
	}

	public String ruleId(SourceList list) {
		return "PARTY-" + list.name() + "-" + this.hitSuffix;
	}

	public String unknownShareRuleId(SourceList list) {
		return ruleId(list) + "-SHARE-UNKNOWN";
	}

	public String suspendedRuleId(SourceList list) {
		return ruleId(list) + "-SUSPENDED";
	}

}
