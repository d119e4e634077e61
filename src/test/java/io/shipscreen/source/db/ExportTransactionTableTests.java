package io.shipscreen.source.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Whether the source table itself rules out a repeated transaction id. */
class ExportTransactionTableTests {

	private final JdbcDataSource dataSource = new JdbcDataSource();

	private final JdbcTemplate jdbc;

	ExportTransactionTableTests() {
		this.dataSource.setURL("jdbc:h2:mem:keys;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
		this.jdbc = new JdbcTemplate(this.dataSource);
	}

	@Test
	void aPrimaryKeyOrUniqueIndexOnTransactionIdAloneMakesIdsUnique() {
		this.jdbc.execute("CREATE TABLE keyed (transaction_id VARCHAR(64) PRIMARY KEY, quantity BIGINT)");
		this.jdbc.execute("CREATE TABLE indexed (transaction_id VARCHAR(64), quantity BIGINT)");
		this.jdbc.execute("CREATE UNIQUE INDEX indexed_id ON indexed (transaction_id)");

		assertThat(ExportTransactionTable.hasUniqueTransactionId(this.dataSource, "keyed")).isTrue();
		assertThat(ExportTransactionTable.hasUniqueTransactionId(this.dataSource, "indexed")).isTrue();
	}

	@Test
	void noKeyOrAKeyWithMoreColumnsLeavesTheRunToCheckIds() {
		this.jdbc.execute("CREATE TABLE plain (transaction_id VARCHAR(64), quantity BIGINT)");
		this.jdbc.execute("CREATE TABLE lines (transaction_id VARCHAR(64), line INT, PRIMARY KEY (transaction_id, line))");

		assertThat(ExportTransactionTable.hasUniqueTransactionId(this.dataSource, "plain")).isFalse();
		assertThat(ExportTransactionTable.hasUniqueTransactionId(this.dataSource, "lines")).isFalse();
		assertThat(ExportTransactionTable.hasUniqueTransactionId(this.dataSource, "missing")).isFalse();
	}

}
