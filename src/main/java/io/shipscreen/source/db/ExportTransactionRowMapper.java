package io.shipscreen.source.db;

import java.math.BigDecimal;
import java.sql.Clob;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;

import io.shipscreen.transaction.Column;
import io.shipscreen.transaction.RawCell;
import io.shipscreen.transaction.RawRow;
import io.shipscreen.transaction.SourceRef;

/**
 * Maps a row of {@code export_transaction} to a {@link RawRow}, whatever SQL types the ERP chose
 * for the columns (typed DATE/DECIMAL columns or plain VARCHAR all work). Columns beyond the
 * contract are kept as pass-through context.
 */
public class ExportTransactionRowMapper implements RowMapper<RawRow> {

	private final String table;

	/** What each result column holds, worked out once from the first page's metadata. */
	private volatile Layout layout;

	private record Layout(String[] names, Column[] columns, boolean[] extra) {
	}

	public ExportTransactionRowMapper(String table) {
		this.table = table;
	}

	@Override
	public RawRow mapRow(ResultSet rs, int rowNum) throws SQLException {
		Layout layout = layout(rs.getMetaData());
		Map<Column, RawCell> cells = new EnumMap<>(Column.class);
		Map<String, String> extra = new LinkedHashMap<>();
		String key = null;
		for (int i = 0; i < layout.names().length; i++) {
			Object value = value(rs, i + 1);
			Column column = layout.columns()[i];
			if (column == Column.TRANSACTION_ID) {
				key = (value != null) ? value.toString() : null;
			}
			if (value == null) {
				continue;
			}
			if (column != null) {
				cells.put(column, new RawCell(layout.names()[i], layout.names()[i], value));
			}
			else if (layout.extra()[i]) {
				extra.put(layout.names()[i], value.toString());
			}
		}
		return new RawRow(SourceRef.ofKey(this.table, key), cells, extra);
	}

	private Layout layout(ResultSetMetaData meta) throws SQLException {
		Layout current = this.layout;
		if (current != null && current.names().length == meta.getColumnCount()) {
			return current;
		}
		int count = meta.getColumnCount();
		String[] names = new String[count];
		Column[] columns = new Column[count];
		boolean[] extra = new boolean[count];
		for (int i = 0; i < count; i++) {
			names[i] = meta.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
			Optional<Column> column = Column.forHeader(names[i]);
			columns[i] = column.orElse(null);
			// paging helpers some databases add to the select list are not the ERP's context
			extra[i] = column.isEmpty() && !names[i].startsWith("rn_") && !names[i].equals("sort_key");
		}
		this.layout = new Layout(names, columns, extra);
		return this.layout;
	}

	private static Object value(ResultSet rs, int index) throws SQLException {
		Object value = rs.getObject(index);
		if (value == null) {
			return null;
		}
		if (value instanceof Clob) {
			value = rs.getString(index);
		}
		if (value instanceof String text) {
			return text.isBlank() ? null : text;
		}
		if (value instanceof Date date) {
			return date.toLocalDate();
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toLocalDateTime().toLocalDate();
		}
		if (value instanceof java.time.LocalDateTime dateTime) {
			return dateTime.toLocalDate();
		}
		if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return ((Number) value).longValue();
		}
		if (value instanceof java.math.BigInteger big) {
			return new BigDecimal(big);
		}
		if (value instanceof Float real) {
			return real.doubleValue();
		}
		return value;
	}

}
