package io.shipscreen.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.shipscreen.result.TransactionStore.StoredTransaction;
import io.shipscreen.shared.Decision;
import io.shipscreen.screening.Hit;
import io.shipscreen.screening.ScreeningOutcome;
import io.shipscreen.shared.Severity;
import io.shipscreen.support.MariaDb;
import io.shipscreen.transaction.CountryCodes;
import io.shipscreen.transaction.ExportTransaction;
import io.shipscreen.transaction.Party;
import io.shipscreen.transaction.PartyRole;
import io.shipscreen.transaction.SourceRef;
import io.shipscreen.transaction.TransactionFields;
import io.shipscreen.transaction.TransactionParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code screened_transaction} on H2 and on MariaDB: a transaction comes back exactly as it was
 * screened, and only a later run replaces it (an older night restarted afterwards does not).
 */
class TransactionStoreTests {

	static ExportTransaction transaction(String id, String consignee) {
		return new ExportTransaction(SourceRef.ofRow("orders.xlsx", 7), id, LocalDate.of(2026, 11, 30), "Demo Inc.",
				"H100-SXM5-80G", "NVIDIA H100, \"SXM5\"\n80GB", "NVIDIA", "3A090.a", 8, new BigDecimal("30000.50"),
				new BigDecimal("15832"), new BigDecimal("19.4"), new Party(PartyRole.PURCHASER, "Purchaser AG", null, "DE"),
				null, new Party(PartyRole.ULTIMATE_CONSIGNEE, consignee, "Grosse Elbstrasse 12, Hamburg", "DE"),
				new Party(PartyRole.END_USER, "", null, "FR"), "CN", "AI training", "DE", "CH", "D123456", "NLR",
				LocalDate.of(2015, 4, 1), Map.of("sales_rep", "Ann"));
	}

	private static ScreeningResult result(long runId, ExportTransaction tx, Decision decision) {
		List<Hit> hits = (decision == Decision.CLEAR) ? List.of()
				: List.of(new Hit("PARTY-EL", null, null, Severity.valueOf(decision.name()), "ultimate_consignee_name",
						"e", "r", "c"));
		return new ScreeningResult(runId, tx, ScreeningOutcome.of(null, null, hits));
	}

	@Test
	void onH2() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:store;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
		scenario(dataSource);
	}

	@Test
	void onMariaDb() {
		scenario(new DriverManagerDataSource(MariaDb.freshDatabase("shipscreen_it_store"), "root", ""));
	}

	private void scenario(DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).table("shipscreen_schema_history").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		TransactionStore store = new TransactionStore(jdbc, true);
		ExportTransaction tx = transaction("TX-1", "Blue Harbor Trading GmbH");

		store.store(List.of(result(5, tx, Decision.CLEAR)));
		// an older night restarted later
		store.store(List.of(result(3, transaction("TX-1", "Old Name"), Decision.HOLD)));

		StoredTransaction stored = read(jdbc, store);
		assertThat(stored.runId()).isEqualTo(5);
		assertThat(stored.decision()).isEqualTo("CLEAR");
		ExportTransaction back = new TransactionParser(CountryCodes.standard())
			.parse(TransactionFields.row(stored.origin(), stored.fields(), stored.extra()))
			.transaction();
		assertThat(back).usingRecursiveComparison().isEqualTo(tx);

		// a later run replaces it
		store.store(List.of(result(9, transaction("TX-1", "New Name"), Decision.HOLD)));
		StoredTransaction later = read(jdbc, store);
		assertThat(later.runId()).isEqualTo(9);
		assertThat(later.decision()).isEqualTo("HOLD");
		assertThat(later.fields()).containsEntry("ultimate_consignee_name", "New Name");
	}

	private static StoredTransaction read(JdbcTemplate jdbc, TransactionStore store) {
		return jdbc.queryForObject("SELECT " + TransactionStore.COLUMNS + " FROM screened_transaction WHERE transaction_id = 'TX-1'",
				store::map);
	}

}
