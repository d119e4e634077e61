package io.shipscreen.policy;

import java.util.List;

/**
 * A licence exception a row may claim in {@code license_exception}, and what it can clear.
 *
 * @param code e.g. {@code ACA}
 * @param covers the requirement rule ids it can clear (e.g. {@code DEST-D1-D4}); empty for
 * exceptions that clear none of this policy's advanced-computing requirements (NLR, TMP, ...)
 * @param items the items it is available for (empty = any in-scope item)
 * @param notification true when BIS must be notified before shipping (NAC): a claim is then
 * REVIEW (confirm the notification), not INFO
 * @param quota the ledger a claim draws on ({@code LPP}), or null
 * @param from the first day the exception exists (ACA came on 2024-04-04), or null
 */
public record LicenceException(String code, String title, List<String> covers, List<ItemCondition> items,
		boolean notification, String quota, java.time.LocalDate from, String citation) {

	public boolean existsOn(java.time.LocalDate date) {
		return this.from == null || !date.isBefore(this.from);
	}

	public boolean coversItem(String eccn, boolean dataCentre) {
		return this.items.isEmpty() || this.items.stream().anyMatch((c) -> c.matches(eccn, dataCentre));
	}

	/** An ECCN prefix, optionally only for data-centre (or only for other) items. */
	public record ItemCondition(String eccnPrefix, Boolean dataCentre) {

		public boolean matches(String eccn, boolean isDataCentre) {
			return eccn != null && eccn.startsWith(this.eccnPrefix)
					&& (this.dataCentre == null || this.dataCentre == isDataCentre);
		}

		@Override
		public String toString() {
			return this.eccnPrefix + ((this.dataCentre == null) ? ""
					: this.dataCentre ? " (data-centre items)" : " (items not for data centres)");
		}

	}

}
