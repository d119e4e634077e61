package io.shipscreen.licence;

/** The same ledger scenarios on MariaDB/MySQL through Connector/J (skipped when no server runs). */
class MariaDbLicenceLedgerTest extends LicenceLedgerTest {

	@Override
	LicenceDatabase database() {
		return LicenceDatabase.mariaDb();
	}

}
