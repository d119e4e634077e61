package io.shipscreen.screening;

import java.util.List;

import io.shipscreen.transaction.ExportTransaction;

/**
 * One independent screening rule family. Implementations are Spring beans; the
 * {@link Screener} runs every one on every transaction. A check is a plain Java call: it knows
 * nothing of Spring Batch or Excel.
 */
public interface Check {

	/** A short name for logs, e.g. {@code destination}. */
	String name();

	/** The hits this transaction raises under this check; empty when it passes. */
	List<Hit> check(ExportTransaction transaction, ScreeningContext context);

}
