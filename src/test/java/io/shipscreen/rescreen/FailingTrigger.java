package io.shipscreen.rescreen;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** An H2 trigger that fails every insert of transaction TX-5: a database fault in the middle of a re-screen. */
public class FailingTrigger implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		if (newRow != null && "TX-5".equals(newRow[1])) {
			throw new SQLException("disk full (test fault on TX-5)");
		}
	}

}
