package io.shipscreen.transaction;

/**
 * Where a row came from, so that a reviewer can find it again.
 *
 * @param file the workbook file name, or {@code export_transaction} for the table
 * @param row the 1-based row number in the sheet, or 0 for table rows
 * @param key the table's primary key, or {@code null} for workbook rows
 */
public record SourceRef(String file, long row, String key) {

	public static SourceRef ofRow(String file, long row) {
		return new SourceRef(file, row, null);
	}

	public static SourceRef ofKey(String table, String key) {
		return new SourceRef(table, 0, key);
	}

	/** "row 12" or "key TX-1": how a reject names the row. */
	public String locator() {
		return (this.key != null) ? "key " + this.key : "row " + this.row;
	}

	@Override
	public String toString() {
		return this.file + " " + locator();
	}

}
