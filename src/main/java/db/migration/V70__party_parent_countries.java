package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The headquarters rule (15 CFR 742.6(a)(6)(iii)(A); BIS guidance of 2026-05-31) concerns every
 * party whose ultimate parent is headquartered in D:5 or Macau, not only the end user's: the
 * contract (docs/contract.md §1) adds the consignee's and the purchaser's parent countries to
 * {@code export_transaction}. Each is added only where it is missing: an ERP's own table may
 * already have it, and MySQL 8, unlike MariaDB and H2, has no {@code ADD COLUMN IF NOT EXISTS}.
 */
public class V70__party_parent_countries extends BaseJavaMigration {

	private static final String TABLE = "export_transaction";

	private static final List<String> COLUMNS = List.of("ultimate_consignee_parent_country",
			"purchaser_parent_country");

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		for (String column : COLUMNS) {
			if (!exists(connection, column)) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("ALTER TABLE " + TABLE + " ADD COLUMN " + column + " VARCHAR(64)");
				}
			}
		}
	}

	private static boolean exists(Connection connection, String column) throws SQLException {
		for (String table : List.of(TABLE, TABLE.toUpperCase())) {
			try (ResultSet columns = connection.getMetaData().getColumns(connection.getCatalog(), null, table, null)) {
				while (columns.next()) {
					if (columns.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
						return true;
					}
				}
			}
		}
		return false;
	}

}
