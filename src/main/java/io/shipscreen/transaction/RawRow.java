package io.shipscreen.transaction;

import java.util.Collections;
import java.util.Map;

/**
 * One input row as read, before validation: the contract columns that were present and any
 * extra columns (kept as pass-through context).
 */
public record RawRow(SourceRef origin, Map<Column, RawCell> cells, Map<String, String> extra) {

	public RawRow {
		cells = Collections.unmodifiableMap(cells);
		extra = Collections.unmodifiableMap(extra);
	}

	public RawCell cell(Column column) {
		return this.cells.get(column);
	}

}
