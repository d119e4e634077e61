package io.shipscreen.licence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import io.shipscreen.support.MariaDb;

/** A fresh database with the Flyway migrations applied: embedded H2 in MySQL mode, or the local MariaDB. */
final class LicenceDatabase implements AutoCloseable {

	final JdbcTemplate jdbc;

	final TransactionTemplate transactions;

	private final Runnable drop;

	private LicenceDatabase(String url, String user, Runnable drop) {
		DataSource dataSource = new DriverManagerDataSource(url, user, "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		this.jdbc = new JdbcTemplate(dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.drop = drop;
	}

	static LicenceDatabase h2() {
		return new LicenceDatabase(
				"jdbc:h2:mem:licences-" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa",
				() -> {
				});
	}

	/** A database of its own on the local MariaDB (skipped when down, unless SHIPSCREEN_REQUIRE_MYSQL=true). */
	static LicenceDatabase mariaDb() {
		String requested = "shipscreen_licences_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String url = MariaDb.freshDatabase(requested);
		return new LicenceDatabase(url, "root", () -> {
			try (Connection connection = DriverManager.getConnection(MariaDb.url(""), "root", "");
					Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + MariaDb.name(requested));
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/** A ledger as a new process would have it: nothing in memory. */
	LicenceLedger newProcess() {
		return new LicenceLedger(this.jdbc);
	}

	@Override
	public void close() {
		this.drop.run();
	}

}
