package io.shipscreen.source.db;

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
