package io.shipscreen.screening;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import io.shipscreen.policy.PolicyFixtures;

import static org.assertj.core.api.Assertions.fail;

/** A fresh database with the Flyway migrations applied: embedded H2 in MySQL mode, or the local MariaDB. */
final class LedgerDatabase implements AutoCloseable {

	private static final String MARIADB_HOST = System.getenv().getOrDefault("SHIPSCREEN_MYSQL_HOST", "127.0.0.1");

	private static final String MARIADB_PORT = System.getenv().getOrDefault("SHIPSCREEN_MYSQL_PORT", "3306");

	final DataSource dataSource;

	final JdbcTemplate jdbc;

	final TransactionTemplate transactions;

	private final Runnable drop;

	private LedgerDatabase(String url, String user, Runnable drop) {
		this.dataSource = new DriverManagerDataSource(url, user, "");
		Flyway.configure().dataSource(this.dataSource).locations("classpath:db/migration").load().migrate();
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(this.dataSource));
		this.drop = drop;
	}

	LedgerDatabase() {
		this("jdbc:h2:mem:ledger-" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa",
				() -> {
				});
	}

	/**
	 * A database of its own on the local MariaDB/MySQL (root, no password), dropped on close; the
	 * test is skipped when the server is down, unless {@code SHIPSCREEN_REQUIRE_MYSQL=true}.
	 */
	static LedgerDatabase mariaDb() {
		String name = io.shipscreen.support.MariaDb.PREFIX + "shipscreen_ledger_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String server = "jdbc:mysql://" + MARIADB_HOST + ":" + MARIADB_PORT + "/";
		String options = "?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&useSSL=false"
				+ "&allowPublicKeyRetrieval=true";
		try (Connection connection = DriverManager.getConnection(server + options, "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		catch (SQLException ex) {
			String reason = "MariaDB/MySQL at " + MARIADB_HOST + ":" + MARIADB_PORT + " is unreachable: " + ex.getMessage();
			if (Boolean.parseBoolean(System.getenv("SHIPSCREEN_REQUIRE_MYSQL"))) {
				fail(reason);
			}
			Assumptions.abort(reason);
		}
		return new LedgerDatabase(server + name + options, "root", () -> {
			try (Connection connection = DriverManager.getConnection(server + options, "root", "");
					Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + name);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/** A ledger as a new process would have it: nothing in memory. */
	JdbcQuotaLedger newProcess() {
		return new JdbcQuotaLedger(this.jdbc, new QuotaLimits(PolicyFixtures.catalog()));
	}

	@Override
	public void close() {
		this.drop.run();
	}

}
