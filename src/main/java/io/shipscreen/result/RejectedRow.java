package io.shipscreen.result;

import java.util.List;

import io.shipscreen.transaction.RowProblem;
import io.shipscreen.transaction.SourceRef;

/** An input row that could not be screened, with every problem found in it ({@code screening_reject}). */
public record RejectedRow(long runId, SourceRef origin, String transactionId, List<RowProblem> problems)
		implements ScreenedItem {
}
