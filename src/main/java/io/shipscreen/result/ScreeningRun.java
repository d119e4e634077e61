package io.shipscreen.result;

import java.time.Instant;
import java.time.LocalDate;

/** One row of {@code screening_run}: what a run screened, under what, and how it went. */
/** @param facts what the run screened against, lines of {@code label<TAB>value} */
public record ScreeningRun(long runId, LocalDate runDate, String source, String input, String policyMode, int rerun,
		String status, String inputs, String facts, Long rowsExpected, Long rowsRead,
		Long rowsRejected, Long rowsScreened, Long clearCount, Long reviewCount, Long holdCount, Instant startedAt,
		Instant finishedAt, Long screeningMs, String failure) {
}
