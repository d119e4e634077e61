package io.shipscreen.screening;

import java.math.BigDecimal;

/**
 * An amount a transaction draws from a quota ledger (for example LPP TPP per consignee per
 * year). Carried on the hit that reports it and persisted with the result, in the same
 * transaction.
 *
 * @param ledger the ledger, e.g. {@code LPP} or {@code TIER2-COUNTRY}
 * @param account the account within the ledger, e.g. a normalised consignee name or a country
 * @param period the period, e.g. the calendar year {@code 2026} or {@code 2025-2027}
 * @param amount what this transaction draws
 */
public record QuotaCharge(String ledger, String account, String period, BigDecimal amount) {
}
