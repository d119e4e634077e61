package io.shipscreen.screening;

/** The same ledger scenarios on MariaDB/MySQL through Connector/J (skipped when no server runs). */
class MariaDbQuotaLedgerTest extends JdbcQuotaLedgerTest {

	@Override
	LedgerDatabase database() {
		return LedgerDatabase.mariaDb();
	}

}
