package io.shipscreen.result;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.jdbc.JdbcStatement;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.StatementCallback;

/**
 * A chunk's rows sent to MySQL/MariaDB as one {@code LOAD DATA LOCAL INFILE ... REPLACE} statement
 * per table, streamed from memory through Connector/J ({@code setLocalInfileInputStream}: no file
 * is written). The batched insert costs the job more than the database: the driver binds every
 * value and encodes it again into the rewritten statement. {@code REPLACE} keeps the write
 * idempotent (a replayed row replaces the earlier one whole), and in strict SQL mode a value the
 * column cannot hold fails the statement as the insert would.
 */
final class LoadDataLocal {

	private LoadDataLocal() {
	}

	/**
	 * Why the database behind {@code jdbc} cannot take {@code LOAD DATA LOCAL}, or empty when it can:
	 * MySQL Connector/J with {@code allowLoadLocalInfile=true}, and the server's {@code local_infile} on.
	 */
	static Optional<String> unavailable(JdbcTemplate jdbc) {
		return Optional.ofNullable(jdbc.execute((ConnectionCallback<String>) (connection) -> {
			if (!connection.isWrapperFor(JdbcConnection.class)) {
				return "the database driver is not MySQL Connector/J (" + connection.getMetaData().getDriverName() + ")";
			}
			JdbcConnection mysql = connection.unwrap(JdbcConnection.class);
			if (!mysql.getPropertySet().getBooleanProperty(PropertyKey.allowLoadLocalInfile).getValue()) {
				return "the datasource URL lacks allowLoadLocalInfile=true";
			}
			return localInfileOn(connection) ? null : "the server has local_infile=OFF";
		}));
	}

	private static boolean localInfileOn(Connection connection) throws java.sql.SQLException {
		try (Statement statement = connection.createStatement();
				var rs = statement.executeQuery("SELECT @@local_infile")) {
			return rs.next() && rs.getInt(1) == 1;
		}
	}

	/** Loads {@code rows} into {@code table}'s {@code columns} (comma-separated, in the rows' order). */
	static void replace(JdbcTemplate jdbc, String table, String columns, LoadDataRows rows) {
		if (rows.isEmpty()) {
			return;
		}
		String sql = "LOAD DATA LOCAL INFILE '" + table + ".tsv' REPLACE INTO TABLE " + table
				+ " CHARACTER SET utf8mb4 (" + columns + ")";
		jdbc.execute((StatementCallback<Integer>) (statement) -> {
			statement.unwrap(JdbcStatement.class).setLocalInfileInputStream(rows.stream());
			return statement.executeUpdate(sql);
		});
	}

}
