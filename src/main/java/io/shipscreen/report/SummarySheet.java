package io.shipscreen.report;

import java.util.List;

/**
 * A sheet a feature adds to the summary workbook (e.g. {@code Licences}): a header row and one
 * row per item; numbers are written as numbers, anything else as text.
 */
public interface SummarySheet {

	String name();

	List<String> headers();

	/** The rows for run {@code runId}, each as long as {@link #headers()}. */
	List<Object[]> rows(long runId);

}
