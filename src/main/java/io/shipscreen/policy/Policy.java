package io.shipscreen.policy;

import java.time.LocalDate;

/**
 * A versioned export-control policy loaded from {@code config/policies/}.
 * (Minimal shape; the policy feature fills in groups, item scope and rules.)
 */
public record Policy(String id, String version, String title, LocalDate effectiveFrom, LocalDate effectiveTo,
		boolean selectableByDate) {

	/** A short label of a country's group under this policy, for summary counts. */
	public String destinationGroup(String countryAlpha2) {
		return "other";
	}

	/** True when an order dated {@code date} falls in this policy's effective range. */
	public boolean appliesOn(LocalDate date) {
		return this.selectableByDate && !date.isBefore(this.effectiveFrom)
				&& (this.effectiveTo == null || !date.isAfter(this.effectiveTo));
	}

}
