package io.shipscreen.licence;

import java.util.List;

/**
 * Where a line stands in its licence's ledger when it is screened.
 *
 * @param before what the lines ordered before it drew
 * @param after what the lines ordered after it, screened or drawn already, drew: they were
 * decided without this line (it arrived late, in a later chunk or night)
 * @param later those lines' transaction ids
 */
public record LedgerPosition(LicenceUse before, LicenceUse after, List<String> later) {

	public LedgerPosition {
		later = List.copyOf(later);
	}

}
