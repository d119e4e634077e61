package io.shipscreen.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A change of licence review policy that does not change the decision (e.g. case-by-case review
 * for China/Macau of chips below 21,000 TPP from 2026-01-15): told to the reviewer in the reason.
 */
public record ReviewNote(LocalDate from, List<String> countries, BigDecimal tppBelow, String text, String citation) {

	public boolean applies(LocalDate orderDate, String country, BigDecimal tppPerUnit) {
		return !orderDate.isBefore(this.from) && this.countries.contains(country)
				&& (this.tppBelow == null || (tppPerUnit != null && tppPerUnit.compareTo(this.tppBelow) < 0));
	}

}
