package io.shipscreen.screening;

import java.time.LocalDate;

import io.shipscreen.policy.Policy;

/**
 * What a check may know besides the transaction itself.
 *
 * @param runId the screening run (Spring Batch job instance id); keys idempotent ledger entries
 * @param runDate the night being screened
 * @param policy the policy this transaction is screened under (by its order date, or forced by
 * {@code --policy})
 */
public record ScreeningContext(long runId, LocalDate runDate, Policy policy) {
}
