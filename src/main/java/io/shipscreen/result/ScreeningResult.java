package io.shipscreen.result;

import io.shipscreen.screening.ScreeningOutcome;
import io.shipscreen.transaction.ExportTransaction;

/** A screened transaction of one run, as stored in {@code screening_result} and {@code screening_hit}. */
public record ScreeningResult(long runId, ExportTransaction transaction, ScreeningOutcome outcome)
		implements ScreenedItem {
}
