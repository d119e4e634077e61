package io.shipscreen.source.excel;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.shipscreen.transaction.Column;

/**
 * What each sheet column holds, from the header row: a contract column, or an extra
 * pass-through column.
 *
 * @param columns contract column by 0-based sheet column index
 * @param extras extra header by 0-based sheet column index
 * @param headers the header text as written, by index
 */
record HeaderMap(Map<Integer, Column> columns, Map<Integer, String> extras, Map<Integer, String> headers) {

	Set<Column> missingRequired() {
		Set<Column> missing = EnumSet.noneOf(Column.class);
		for (Column column : Column.values()) {
			if (column.required() && !this.columns.containsValue(column)) {
				missing.add(column);
			}
		}
		return missing;
	}

	static String names(Set<Column> columns) {
		return columns.stream().map(Column::header).collect(Collectors.joining(", "));
	}

}
