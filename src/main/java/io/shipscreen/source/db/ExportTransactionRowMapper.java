package io.shipscreen.source.db;

import java.math.BigDecimal;
import java.sql.Clob;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
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

	public ExportTransactionRowMapper(String table) {
		this.table = table;
	}

	@Override
	public RawRow mapRow(ResultSet rs, int rowNum) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		Map<Column, RawCell> cells = new HashMap<>();
		Map<String, String> extra = new LinkedHashMap<>();
		String key = null;
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
			Object value = value(rs, i);
			Optional<Column> column = Column.forHeader(name);
			if (column.isPresent() && column.get() == Column.TRANSACTION_ID) {
				key = (value != null) ? value.toString() : null;
			}
			if (value == null) {
				continue;
			}
			if (column.isPresent()) {
				cells.put(column.get(), new RawCell(name, name, value));
			}
			else if (!name.startsWith("rn_") && !name.equals("sort_key")) {
				extra.put(name, value.toString());
			}
		}
		return new RawRow(SourceRef.ofKey(this.table, key), cells, extra);
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
