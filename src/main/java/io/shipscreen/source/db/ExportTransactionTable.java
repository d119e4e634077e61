package io.shipscreen.source.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import io.shipscreen.source.InputFileException;
import io.shipscreen.transaction.RawRow;

/**
 * The source table {@code export_transaction}: a keyset-paging reader ordered by the unique
 * {@code transaction_id}, so that a restart continues after the last committed key instead of
 * re-scanning.
 */
public final class ExportTransactionTable {

	private ExportTransactionTable() {
	}

	public static JdbcPagingItemReader<RawRow> reader(DataSource dataSource, String table, int pageSize)
			throws Exception {
		return new JdbcPagingItemReaderBuilder<RawRow>().name("exportTransactionReader")
			.dataSource(dataSource)
			.selectClause("SELECT *")
			.fromClause("FROM " + table)
			.sortKeys(Map.of("transaction_id", Order.ASCENDING))
			.pageSize(pageSize)
			.rowMapper(new ExportTransactionRowMapper(table))
			.build();
	}

	/**
	 * Whether the table has a primary key or unique index on {@code transaction_id} alone: then no
	 * row can repeat an id, and a run need not remember the ids it has seen.
	 */
	public static boolean hasUniqueTransactionId(DataSource dataSource, String table) {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			Map<String, List<String>> indexes = new HashMap<>();
			for (String name : List.of(table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT))) {
				try (ResultSet rs = metaData.getIndexInfo(connection.getCatalog(), connection.getSchema(), name, true,
						true)) {
					while (rs.next()) {
						if (rs.getString("COLUMN_NAME") != null) {
							indexes.computeIfAbsent(rs.getString("INDEX_NAME"), (index) -> new ArrayList<>())
								.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
						}
					}
				}
				if (!indexes.isEmpty()) {
					break;
				}
			}
			return indexes.values().stream().anyMatch((columns) -> columns.equals(List.of("transaction_id")));
		}
		catch (SQLException ex) {
			// unknown: the run keeps checking ids itself
			return false;
		}
	}

	/** Counts the table's rows, or fails with one line when it cannot be read. */
	public static long count(JdbcTemplate jdbc, String table) {
		try {
			Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
			return (rows != null) ? rows : 0;
		}
		catch (DataAccessException ex) {
			throw new InputFileException("table " + table, "cannot be read ("
					+ ex.getMostSpecificCause().getMessage().replaceAll("\\s*\\R\\s*", " ") + ")", ex);
		}
	}

}
