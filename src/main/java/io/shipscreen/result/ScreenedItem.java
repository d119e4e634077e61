package io.shipscreen.result;

/** What the screening step writes for one input row: a result, or a rejected row. */
public sealed interface ScreenedItem permits ScreeningResult, RejectedRow {
}
