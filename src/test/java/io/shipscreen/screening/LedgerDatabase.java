package io.shipscreen.screening;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import io.shipscreen.policy.PolicyFixtures;

/** A fresh embedded H2 database in MySQL mode with the Flyway migrations applied. */
final class LedgerDatabase {

	final DataSource dataSource;

	final JdbcTemplate jdbc;

	final TransactionTemplate transactions;

	LedgerDatabase() {
		this.dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:ledger-" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure().dataSource(this.dataSource).locations("classpath:db/migration").load().migrate();
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(this.dataSource));
	}

	/** A ledger as a new process would have it: nothing in memory. */
	JdbcQuotaLedger newProcess() {
		return new JdbcQuotaLedger(this.jdbc, new QuotaLimits(PolicyFixtures.catalog()));
	}

}
