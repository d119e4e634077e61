package io.shipscreen.transaction;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One input row as read, before validation: the contract columns that were present, any extra
 * columns (kept as pass-through context), and the cells the source could not read at all (a
 * formula without a cached value, a cell type or shared string that does not exist): those reject
 * the row, each named, and are in neither map.
 */
public record RawRow(SourceRef origin, Map<Column, RawCell> cells, Map<String, String> extra,
		List<RowProblem> unreadable) {

	public RawRow {
		cells = Collections.unmodifiableMap(cells);
		extra = Collections.unmodifiableMap(extra);
		unreadable = List.copyOf(unreadable);
	}

	/** A row whose every cell could be read. */
	public RawRow(SourceRef origin, Map<Column, RawCell> cells, Map<String, String> extra) {
		this(origin, cells, extra, List.of());
	}

	public RawCell cell(Column column) {
		return this.cells.get(column);
	}

}
