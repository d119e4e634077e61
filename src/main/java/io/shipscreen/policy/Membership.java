package io.shipscreen.policy;

import java.time.LocalDate;

/**
 * A country's membership of a group, possibly bounded in time (Cambodia was in D:5 until
 * 2025-11-06), so that a night re-screened for its date uses the groups of that date.
 *
 * @param country ISO 3166-1 alpha-2 code
 * @param from first day of membership, or {@code null} for "as long as the policy"
 * @param until last day of membership, or {@code null}
 * @param note why it is bounded, with its source
 */
public record Membership(String country, LocalDate from, LocalDate until, String note) {

	public boolean on(LocalDate date) {
		return (this.from == null || !date.isBefore(this.from)) && (this.until == null || !date.isAfter(this.until));
	}

}
