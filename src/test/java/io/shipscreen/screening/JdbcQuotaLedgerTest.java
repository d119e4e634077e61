package io.shipscreen.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger never counts a transaction twice: not across a chunk screened before it is
 * persisted, not after a crash and restart (a chunk replayed), not on a --rerun. Run on H2 in
 * MySQL mode and on MariaDB ({@link MariaDbQuotaLedgerTest}).
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class JdbcQuotaLedgerTest {

	private static final String LPP = "ai-diffusion-2025/LPP";

	private final LedgerDatabase db = database();

	LedgerDatabase database() {
		return new LedgerDatabase();
	}

	@org.junit.jupiter.api.BeforeEach
	void emptyLedger() {
		this.db.jdbc.update("DELETE FROM quota_ledger_entry");
	}

	@org.junit.jupiter.api.AfterAll
	void dropDatabase() {
		this.db.close();
	}

	private static QuotaCharge lpp(long amount) {
		return new QuotaCharge(LPP, "acme cloud|PT", "2026", BigDecimal.valueOf(amount));
	}

	private static LocalDate day(int day) {
		return LocalDate.of(2026, 3, day);
	}

	/** Screens T1..T3 as a processor does (chunk first), returns what each saw drawn before it. */
	private static List<BigDecimal> screenChunk(JdbcQuotaLedger ledger) {
		return List.of(ledger.drawnBefore(lpp(100), day(1), "T1"), ledger.drawnBefore(lpp(200), day(2), "T2"),
				ledger.drawnBefore(lpp(400), day(2), "T3"));
	}

	private void writeChunk(JdbcQuotaLedger ledger, long runId, String... ids) {
		this.db.transactions.executeWithoutResult((status) -> {
			for (String id : ids) {
				switch (id) {
					case "T1" -> ledger.persist(runId, "T1", day(1), List.of(lpp(100)));
					case "T2" -> ledger.persist(runId, "T2", day(2), List.of(lpp(200)));
					case "T3" -> ledger.persist(runId, "T3", day(2), List.of(lpp(400)));
					default -> throw new IllegalArgumentException(id);
				}
			}
		});
	}

	private BigDecimal used() {
		return this.db.newProcess().balances().stream().map(QuotaBalance::used).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	@Test
	void countsChargesScreenedEarlierInTheChunkBeforeTheyArePersisted() {
		JdbcQuotaLedger ledger = this.db.newProcess();
		assertThat(screenChunk(ledger)).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(amount(0), amount(100), amount(300));
		writeChunk(ledger, 1, "T1", "T2", "T3");
		// After the commit the database answers, and nothing is counted twice.
		assertThat(ledger.drawnBefore(lpp(50), day(3), "T4")).isEqualByComparingTo("700");
		assertThat(used()).isEqualByComparingTo("700");
	}

	@Test
	void aReplayedChunkAfterACrashDoesNotCountTwice() {
		JdbcQuotaLedger first = this.db.newProcess();
		screenChunk(first);
		writeChunk(first, 1, "T1", "T2");
		// The process dies before T3's chunk commits; the restart replays T2 and T3.
		JdbcQuotaLedger restarted = this.db.newProcess();
		assertThat(restarted.drawnBefore(lpp(200), day(2), "T2")).isEqualByComparingTo("100");
		assertThat(restarted.drawnBefore(lpp(400), day(2), "T3")).isEqualByComparingTo("300");
		writeChunk(restarted, 1, "T2", "T3");
		assertThat(used()).isEqualByComparingTo("700");
		assertThat(this.db.jdbc.queryForObject("SELECT COUNT(*) FROM quota_ledger_entry", Integer.class)).isEqualTo(3);
	}

	@Test
	void aRerunOfTheSameNightSeesTheSameTotalsAndAddsNothing() {
		JdbcQuotaLedger first = this.db.newProcess();
		List<BigDecimal> firstRun = screenChunk(first);
		writeChunk(first, 1, "T1", "T2", "T3");
		JdbcQuotaLedger rerun = this.db.newProcess();
		assertThat(screenChunk(rerun)).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(firstRun);
		writeChunk(rerun, 2, "T1", "T2", "T3");
		assertThat(used()).isEqualByComparingTo("700");
		assertThat(this.db.jdbc.queryForList("SELECT DISTINCT run_id FROM quota_ledger_entry", Long.class)).containsExactly(2L);
	}

	@Test
	void aRolledBackChunkKeepsItsChargesInMemoryUntilItIsWrittenAgain() {
		JdbcQuotaLedger ledger = this.db.newProcess();
		screenChunk(ledger);
		try {
			this.db.transactions.executeWithoutResult((status) -> {
				ledger.persist(1, "T1", day(1), List.of(lpp(100)));
				status.setRollbackOnly();
			});
		}
		finally {
			assertThat(used()).isEqualByComparingTo("0");
		}
		assertThat(ledger.drawnBefore(lpp(50), day(3), "T4")).isEqualByComparingTo("700");
		writeChunk(ledger, 1, "T1", "T2", "T3");
		assertThat(ledger.drawnBefore(lpp(50), day(3), "T4")).isEqualByComparingTo("700");
	}

	@Test
	void aRerunThatChargesAnotherAccountMovesTheEntry() {
		JdbcQuotaLedger ledger = this.db.newProcess();
		ledger.persist(1, "T1", day(1), List.of(lpp(100)));
		QuotaCharge renamed = new QuotaCharge(LPP, "acme cloud sa|PT", "2026", BigDecimal.valueOf(100));
		ledger.persist(2, "T1", day(1), List.of(renamed));
		assertThat(this.db.newProcess().balances()).singleElement().satisfies((balance) -> {
			assertThat(balance.account()).isEqualTo("acme cloud sa|PT");
			assertThat(balance.used()).isEqualByComparingTo("100");
		});
	}

	@Test
	void balancesShowUseAgainstThePolicyLimit() {
		JdbcQuotaLedger ledger = this.db.newProcess();
		ledger.persist(1, "T1", day(1), List.of(lpp(1_000_000)));
		ledger.persist(1, "T2", day(1), List.of(new QuotaCharge("ai-diffusion-2025/TIER2-COUNTRY", "PT", "2025-2027",
				BigDecimal.valueOf(5_000_000))));
		assertThat(ledger.balances()).extracting(QuotaBalance::ledger, QuotaBalance::account, QuotaBalance::period)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LPP, "acme cloud|PT", "2026"),
					org.assertj.core.groups.Tuple.tuple("ai-diffusion-2025/TIER2-COUNTRY", "PT", "2025-2027"));
		assertThat(ledger.balances().get(0).remaining()).isEqualByComparingTo("25900000");
		assertThat(ledger.balances().get(1).limit()).isEqualByComparingTo("790000000");
	}

	@Test
	void concurrentScreeningThreadsSeeEveryEarlierCharge() throws Exception {
		JdbcQuotaLedger ledger = this.db.newProcess();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			List<java.util.concurrent.Future<?>> work = new java.util.ArrayList<>();
			for (int thread = 0; thread < 4; thread++) {
				int first = thread * 50;
				work.add(pool.submit(() -> {
					for (int i = first; i < first + 50; i++) {
						ledger.drawnBefore(lpp(10), day(1), String.format("C%03d", i));
					}
				}));
			}
			for (java.util.concurrent.Future<?> future : work) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		// 200 charges of 10 reserved before C999 on the same day, whatever the interleaving.
		assertThat(ledger.drawnBefore(lpp(10), day(1), "C999")).isEqualByComparingTo("2000");
		assertThat(ledger.drawnBefore(lpp(10), day(1), "C100")).isEqualByComparingTo("1000");
	}

	@Test
	void rowsThatDrawNothingCauseNoDatabaseWork() {
		JdbcQuotaLedger ledger = new JdbcQuotaLedger(null, null);
		ledger.persist(1, "T9", day(1), List.of());
		assertThat(ledger).isNotNull();
	}

	private static BigDecimal amount(long value) {
		return BigDecimal.valueOf(value);
	}

}
