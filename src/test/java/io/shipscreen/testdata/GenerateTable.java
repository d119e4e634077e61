package io.shipscreen.testdata;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Fills {@code export_transaction} with a generated order book ({@link OrderBookGenerator}; run from
 * the project root, which has {@code config/lists}):
 * {@code GenerateTable ROWS JDBC_URL [USER] [PASSWORD] [SEED]}. The table is emptied first (and
 * created by the application's migrations on its first start; run the job once, or let this
 * create it from the same DDL if absent). Used by {@code bench/run}.
 */
public final class GenerateTable {

	private GenerateTable() {
	}

	public static void main(String[] args) throws Exception {
		int rows = Integer.parseInt(args[0]);
		String url = args[1];
		String user = (args.length > 2) ? args[2] : "root";
		String password = (args.length > 3) ? args[3] : "";
		long seed = (args.length > 4) ? Long.parseLong(args[4]) : 42;
		List<String> columns = TransactionRows.HEADERS;
		String sql = "INSERT INTO export_transaction (" + String.join(", ", columns) + ") VALUES ("
				+ columns.stream().map((c) -> "?").collect(Collectors.joining(", ")) + ")";
		long started = System.nanoTime();
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			try (Statement statement = connection.createStatement()) {
				statement.execute(DDL);
				statement.execute("DELETE FROM export_transaction");
			}
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement(sql)) {
				int batch = 0;
				for (TransactionRows.Row row : new OrderBookGenerator(rows, seed, 0.02, LocalDate.of(2026, 11, 30), "DB-",
						Path.of("config/lists"))) {
					for (int i = 0; i < columns.size(); i++) {
						Object value = row.get(columns.get(i));
						insert.setObject(i + 1, (value instanceof LocalDate || value instanceof Number
								|| value == null) ? value : value.toString());
					}
					insert.addBatch();
					if (++batch == 2000) {
						insert.executeBatch();
						connection.commit();
						batch = 0;
					}
				}
				insert.executeBatch();
				connection.commit();
			}
			catch (java.sql.SQLException ex) {
				connection.rollback();
				throw ex;
			}
		}
		System.out.printf("generated %d rows into export_transaction in %.1f s%n", rows,
				(System.nanoTime() - started) / 1e9);
	}

	/** The contract's table, loosely typed (text for everything that may hold bad values). */
	static final String DDL = """
			CREATE TABLE IF NOT EXISTS export_transaction (
			    transaction_id VARCHAR(64) NOT NULL PRIMARY KEY, order_date VARCHAR(32), exporter VARCHAR(255),
			    item_part_number VARCHAR(255), item_description TEXT, manufacturer VARCHAR(255), eccn VARCHAR(32),
			    quantity VARCHAR(32), unit_value_usd VARCHAR(32), tpp_per_unit VARCHAR(32),
			    performance_density VARCHAR(32), purchaser_name VARCHAR(512), purchaser_country VARCHAR(64),
			    intermediate_consignee_name VARCHAR(512), intermediate_consignee_country VARCHAR(64),
			    ultimate_consignee_name VARCHAR(512), ultimate_consignee_address TEXT,
			    ultimate_consignee_country VARCHAR(64), end_user_name VARCHAR(512), end_user_country VARCHAR(64),
			    end_user_parent_country VARCHAR(64), ultimate_consignee_parent_country VARCHAR(64),
			    purchaser_parent_country VARCHAR(64), end_use TEXT, ship_to_country VARCHAR(64),
			    payment_country VARCHAR(64), license_number VARCHAR(64), license_exception VARCHAR(32),
			    customer_since VARCHAR(32)
			) DEFAULT CHARSET = utf8mb4
			""";

}
