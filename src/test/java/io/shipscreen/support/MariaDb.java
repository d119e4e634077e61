package io.shipscreen.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.fail;

/**
 * The local MariaDB (127.0.0.1:3306, root, empty password) for the MySQL integration tests.
 * Each test class gets a fresh database of its own. When the server is down the tests are
 * skipped on a developer's machine, but fail in CI ({@code SHIPSCREEN_REQUIRE_MYSQL=true}).
 */
public final class MariaDb {

	public static final String HOST = System.getenv().getOrDefault("SHIPSCREEN_MYSQL_HOST", "127.0.0.1");

	public static final String PORT = System.getenv().getOrDefault("SHIPSCREEN_MYSQL_PORT", "3306");

	public static final String OPTIONS = "?rewriteBatchedStatements=true&useLocalSessionState=true"
			+ "&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&useSSL=false"
			+ "&allowPublicKeyRetrieval=true";

	/**
	 * Put before every test database's name, so that two checkouts can run their suites against
	 * one server at the same time ({@code SHIPSCREEN_MYSQL_DB_PREFIX=dev1_}).
	 */
	public static final String PREFIX = System.getenv().getOrDefault("SHIPSCREEN_MYSQL_DB_PREFIX", "");

	private MariaDb() {
	}

	/** The server-side name of the test database {@code database}. */
	public static String name(String database) {
		return PREFIX + database;
	}

	public static String url(String database) {
		return "jdbc:mysql://" + HOST + ":" + PORT + "/" + database + OPTIONS;
	}

	/** Drops and creates {@code database}, or skips/fails the test class when the server is down. */
	public static String freshDatabase(String requested) {
		String database = name(requested);
		try (Connection connection = DriverManager.getConnection(url(""), "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database);
			statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
			return url(database);
		}
		catch (SQLException ex) {
			String reason = "MariaDB/MySQL at " + HOST + ":" + PORT + " is unreachable: " + ex.getMessage();
			if (Boolean.parseBoolean(System.getenv("SHIPSCREEN_REQUIRE_MYSQL"))) {
				fail(reason + " (SHIPSCREEN_REQUIRE_MYSQL=true: start it with "
						+ "'start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd')");
			}
			Assumptions.abort(reason);
			return null;
		}
	}

}
