package io.shipscreen.report;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A {@link JdbcTemplate} that streams large result sets instead of buffering them, so writing
 * a million flagged rows keeps memory flat. MySQL Connector/J streams only with a fetch size of
 * {@link Integer#MIN_VALUE}; other drivers take a positive fetch size.
 */
@Component
public class StreamingQueries {

	private final JdbcTemplate jdbc;

	public StreamingQueries(DataSource dataSource) throws SQLException {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(isMySql(dataSource) ? Integer.MIN_VALUE : 1000);
	}

	private static boolean isMySql(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("mysql")
					|| connection.getMetaData().getDatabaseProductName().toLowerCase().contains("mariadb");
		}
	}

	public JdbcTemplate jdbc() {
		return this.jdbc;
	}

}
