package io.shipscreen.operations;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;

import io.shipscreen.testdata.TransactionGenerator;
import io.shipscreen.testdata.TransactionRows;

/**
 * A MariaDB database ready for {@code --source=db}: shipscreen's tables migrated as the jar would
 * migrate them, and {@code export_transaction} as an ERP might keep it (every column text, so the
 * generator's bad values land in it as they are), filled with generated rows by batched inserts.
 */
final class ExportTable {

	private ExportTable() {
	}

	static void prepare(String url, Iterable<TransactionRows.Row> rows) throws SQLException {
		Flyway.configure()
			.dataSource(url, "root", "")
			.locations("classpath:db/migration")
			.table("shipscreen_schema_history")
			.baselineOnMigrate(true)
			.load()
			.migrate();
		List<String> columns = TransactionRows.HEADERS;
		try (Connection connection = DriverManager.getConnection(url, "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE export_transaction");
			statement.execute("CREATE TABLE export_transaction (transaction_id VARCHAR(64) NOT NULL PRIMARY KEY, "
					+ columns.stream().skip(1).map((c) -> c + " TEXT").collect(Collectors.joining(", "))
					+ ") DEFAULT CHARSET = utf8mb4");
			connection.setAutoCommit(false);
			String insert = "INSERT INTO export_transaction (" + String.join(", ", columns) + ") VALUES ("
					+ columns.stream().map((c) -> "?").collect(Collectors.joining(", ")) + ")";
			try (PreparedStatement batch = connection.prepareStatement(insert)) {
				int pending = 0;
				for (TransactionRows.Row row : rows) {
					for (int i = 0; i < columns.size(); i++) {
						batch.setString(i + 1, text(row.get(columns.get(i))));
					}
					batch.addBatch();
					if (++pending == 2000) {
						batch.executeBatch();
						pending = 0;
					}
				}
				batch.executeBatch();
			}
			connection.commit();
		}
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value.toString();
	}

}
