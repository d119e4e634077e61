package io.shipscreen.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;


/**
 * Quota ledgers, government-to-government agreements and validated end users of a tiered policy.
 */
public record QuotaRules(Quota lpp, Quota countryAllocation, List<Agreement> agreements,
		List<ValidatedEndUser> validatedEndUsers) {

	public static final QuotaRules NONE = new QuotaRules(null, null, List.of(), List.of());

	/**
	 * One quota.
	 *
	 * @param ledger the ledger name persisted with each charge ({@code LPP}, {@code TIER2-COUNTRY})
	 * @param ruleId the hit that reports a draw ({@code LPP-QUOTA}, {@code TIER2-ALLOCATION})
	 * @param limit the limit in TPP per account and period
	 * @param firstYear for a multi-year period, its first year (e.g. 2025); null for calendar years
	 * @param lastYear its last year (e.g. 2027)
	 * @param reviewAt the share of the limit (e.g. 0.9) from which a draw is REVIEW
	 * @param overSeverity the severity when a draw takes the total over the limit
	 */
	public record Quota(String ledger, String ruleId, BigDecimal limit, Integer firstYear, Integer lastYear,
			BigDecimal reviewAt, Level overSeverity, String citation) {

		/** The period an order falls in, e.g. {@code 2026} or {@code 2025-2027}; null when outside. */
		public String period(LocalDate orderDate) {
			int year = orderDate.getYear();
			if (this.firstYear == null) {
				return Integer.toString(year);
			}
			if (year < this.firstYear || year > this.lastYear) {
				return null;
			}
			return this.firstYear + "-" + this.lastYear;
		}

	}

	/**
	 * A government-to-government agreement: raises a country's allocation and/or exempts named
	 * consignees from the country licence requirement.
	 */
	public record Agreement(String country, int allocationIncreasePercent, List<String> exemptConsignees,
			LocalDate from, String note, String citation) {

		public boolean inForce(LocalDate date) {
			return this.from == null || !date.isBefore(this.from);
		}

	}

	/** A UVEU or NVEU: shipments to it need no individual licence and draw on no country quota. */
	public record ValidatedEndUser(String name, String normalisedName, String country, String type, String citation) {
	}

	/** The allocation of {@code country} on {@code date}, raised by agreements in force. */
	public BigDecimal allocationFor(String country, LocalDate date) {
		if (this.countryAllocation == null) {
			return null;
		}
		int percent = 0;
		for (Agreement agreement : this.agreements) {
			if (agreement.country().equals(country) && (date == null || agreement.inForce(date))) {
				percent = Math.max(percent, agreement.allocationIncreasePercent());
			}
		}
		return this.countryAllocation.limit()
			.multiply(BigDecimal.valueOf(100L + percent))
			.divide(BigDecimal.valueOf(100));
	}

	public Agreement exemptingAgreement(String country, String normalisedConsignee, LocalDate date) {
		for (Agreement agreement : this.agreements) {
			if (agreement.country().equals(country) && agreement.inForce(date)
					&& agreement.exemptConsignees().contains(normalisedConsignee)) {
				return agreement;
			}
		}
		return null;
	}

	public ValidatedEndUser validatedEndUser(String normalisedName, String country) {
		for (ValidatedEndUser veu : this.validatedEndUsers) {
			if (veu.normalisedName().equals(normalisedName) && (veu.country() == null || veu.country().equals(country))) {
				return veu;
			}
		}
		return null;
	}

}
