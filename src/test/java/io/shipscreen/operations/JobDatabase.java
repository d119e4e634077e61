package io.shipscreen.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What the jar-driven tests read back from a run's MariaDB database. */
final class JobDatabase {

	private JobDatabase() {
	}

	/** The first column of a query's first row, as a number. */
	static long count(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "root", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** The Spring Batch status of the latest job execution. */
	static String lastStatus(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "root", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC LIMIT 1")) {
			rs.next();
			return rs.getString(1);
		}
	}

}
