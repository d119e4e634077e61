package io.shipscreen.screening;

import io.shipscreen.transaction.ExportTransaction;

/**
 * Checks a row's {@code license_number} against a licence register (the {@code licence}
 * feature): whether the licence is on the register, valid on the order date, covers the item,
 * the destination and the parties, and has room left for the line. Without a configured
 * register a licence number on file clears a requirement as it always did.
 */
public interface LicenceVerification {

	/** Whether a register is configured; when not, {@link #verify} is never asked. */
	boolean configured();

	/**
	 * What the register says of the row's licence for this line; draws on the licence (once per
	 * line, however many requirements ask) when it covers the line.
	 *
	 * @param eccn the item's ECCN as classified (declared, or from the catalogue)
	 */
	LicenceVerdict verify(ExportTransaction transaction, String eccn);

}
