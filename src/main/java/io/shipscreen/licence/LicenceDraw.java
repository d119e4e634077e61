package io.shipscreen.licence;

import java.time.LocalDate;

/**
 * One line's draw on a licence, as the ledger keeps it.
 *
 * @param before what the licence's lines ordered before this one drew
 */
public record LicenceDraw(String licence, String transactionId, LocalDate orderDate, LicenceUse drawn, long runId,
		LicenceUse before) {
}
