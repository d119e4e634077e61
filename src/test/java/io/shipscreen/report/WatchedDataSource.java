package io.shipscreen.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source that tells when a query is over: the connection that prepared a statement
 * containing some text has been closed. Lets a test hold one thread back until another's query ran.
 */
final class WatchedDataSource extends DelegatingDataSource {

	private final String sqlPart;

	private final CountDownLatch queried = new CountDownLatch(1);

	WatchedDataSource(DataSource dataSource, String sqlPart) {
		super(dataSource);
		this.sqlPart = sqlPart;
	}

	/** Waits until the query is over (or has failed). */
	void awaitQuery() {
		try {
			if (!this.queried.await(30, TimeUnit.SECONDS)) {
				throw new AssertionError("no query with '" + this.sqlPart + "' within 30 s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	@Override
	public Connection getConnection() throws SQLException {
		Connection connection = super.getConnection();
		boolean[] prepared = new boolean[1];
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					if (method.getName().equals("prepareStatement") && args[0].toString().contains(this.sqlPart)) {
						prepared[0] = true;
					}
					try {
						return method.invoke(connection, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
					finally {
						if (method.getName().equals("close") && prepared[0]) {
							this.queried.countDown();
						}
					}
				});
	}

}
