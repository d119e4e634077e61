package io.shipscreen.licence;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.shipscreen.transaction.ExportTransaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The licence ledger counts every line once and in (order_date, transaction_id) order: across
 * nights, across a chunk screened before it is committed, after a crash and restart, and on a
 * --rerun. Run on H2 in MySQL mode and on MariaDB ({@link MariaDbLicenceLedgerTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LicenceLedgerTest {

	private final LicenceDatabase db = database();

	LicenceDatabase database() {
		return LicenceDatabase.h2();
	}

	@BeforeEach
	void emptyLedger() {
		this.db.jdbc.update("DELETE FROM licence_draw");
	}

	@AfterAll
	void close() {
		this.db.close();
	}

	private static ExportTransaction line(String id, int day, long units) {
		return Line.of(id).ordered(LocalDate.of(2026, 11, day)).units(units).unitValue("1000").build();
	}

	/** Screens a line as the verifier does: returns the units used before it. */
	private static long screen(LicenceLedger ledger, ExportTransaction line) {
		return ledger.use("D123", line.orderDate(), line.transactionId(),
				new LicenceUse(line.quantity(), line.totalValueUsd())).quantity();
	}

	private void commit(LicenceLedger ledger, long runId, ExportTransaction... lines) {
		this.db.transactions.executeWithoutResult((status) -> {
			for (ExportTransaction line : lines) {
				ledger.persist(runId, line);
			}
		});
	}

	private LicenceUse used() {
		return this.db.newProcess().used().getOrDefault("D123", LicenceUse.NONE);
	}

	@Test
	void drawsAccumulateAcrossTwoNights() {
		LicenceLedger night1 = this.db.newProcess();
		ExportTransaction a = line("A", 27, 40);
		ExportTransaction b = line("B", 28, 30);
		assertThat(screen(night1, a)).isZero();
		assertThat(screen(night1, b)).isEqualTo(40);
		commit(night1, 1, a, b);

		LicenceLedger night2 = this.db.newProcess();
		ExportTransaction c = line("C", 30, 20);
		assertThat(screen(night2, c)).isEqualTo(70);
		commit(night2, 2, c);
		assertThat(used().quantity()).isEqualTo(90);
		assertThat(used().valueUsd()).isEqualByComparingTo("90000");
		assertThat(this.db.newProcess().drawsOfRun(2)).singleElement()
			.satisfies((draw) -> assertThat(draw.before().quantity()).isEqualTo(70));
	}

	@Test
	void aChunkReplayedAfterARollbackCountsEachLineOnce() {
		LicenceLedger ledger = this.db.newProcess();
		ExportTransaction a = line("A", 27, 40);
		ExportTransaction b = line("B", 28, 30);
		screen(ledger, a);
		screen(ledger, b);
		// the chunk's transaction rolls back (a deadlock): the step screens the chunk again
		try {
			this.db.transactions.executeWithoutResult((status) -> {
				ledger.persist(1, a);
				ledger.persist(1, b);
				throw new IllegalStateException("rollback");
			});
		}
		catch (IllegalStateException expected) {
			// the chunk is retried
		}
		assertThat(screen(ledger, a)).isZero();
		assertThat(screen(ledger, b)).isEqualTo(40);
		commit(ledger, 1, a, b);
		assertThat(used().quantity()).isEqualTo(70);
	}

	@Test
	void aRestartAfterAKillCountsWhatWasCommittedAndNothingScreenedAhead() {
		LicenceLedger killed = this.db.newProcess();
		ExportTransaction a = line("A", 27, 40);
		ExportTransaction b = line("B", 28, 30);
		ExportTransaction c = line("C", 29, 20);
		screen(killed, a);
		commit(killed, 1, a);
		screen(killed, b);
		screen(killed, c);
		// SIGKILL: b and c were screened ahead, never committed

		LicenceLedger restarted = this.db.newProcess();
		assertThat(screen(restarted, b)).isEqualTo(40);
		assertThat(screen(restarted, c)).isEqualTo(70);
		commit(restarted, 1, b, c);
		assertThat(used().quantity()).isEqualTo(90);
	}

	@Test
	void aProcessThatRunsTheNextNightForgetsTheLinesItNeverCommitted() {
		LicenceLedger ledger = this.db.newProcess();
		screen(ledger, line("A", 27, 40));
		ledger.forgetUncommitted();
		assertThat(screen(ledger, line("B", 28, 30))).isZero();
	}

	@Test
	void aRerunReplacesTheLinesOwnRowAndALineNoLongerCoveredDrawsNothing() {
		LicenceLedger first = this.db.newProcess();
		ExportTransaction a = line("A", 27, 40);
		ExportTransaction b = line("B", 28, 30);
		screen(first, a);
		screen(first, b);
		commit(first, 1, a, b);

		// --rerun: A is screened again (and sees nothing before it); B no longer draws (say, the
		// register no longer covers it), so its row goes
		LicenceLedger rerun = this.db.newProcess();
		assertThat(screen(rerun, a)).isZero();
		commit(rerun, 2, a, b);
		assertThat(used().quantity()).isEqualTo(40);
		assertThat(this.db.newProcess().drawsOf("A")).singleElement()
			.satisfies((draw) -> assertThat(draw.runId()).isEqualTo(2));
	}

	@Test
	void aLineOrderedEarlierButScreenedLaterCountsOnlyTheLinesBeforeIt() {
		// night 2 brings a line ordered on the 26th, before the lines night 1 already drew
		LicenceLedger night1 = this.db.newProcess();
		ExportTransaction b = line("B", 28, 30);
		screen(night1, b);
		commit(night1, 1, b);
		LicenceLedger night2 = this.db.newProcess();
		ExportTransaction late = line("A", 26, 40);
		ExportTransaction c = line("C", 30, 20);
		assertThat(screen(night2, c)).isEqualTo(30);
		assertThat(screen(night2, late)).isZero();
		// c was screened before the late line in this chunk and is not told again; a line screened
		// from now on finds all three
		assertThat(screen(night2, line("D", 30, 1))).isEqualTo(90);
		commit(night2, 2, late, c);
		assertThat(this.db.newProcess().drawsOf("B")).singleElement()
			.satisfies((draw) -> assertThat(draw.before().quantity()).isEqualTo(40));
	}

	@Test
	void equalOrderDatesAreOrderedByTransactionId() {
		LicenceLedger ledger = this.db.newProcess();
		ExportTransaction b = line("TX-2", 30, 30);
		ExportTransaction a = line("TX-1", 30, 40);
		assertThat(screen(ledger, b)).isZero();
		assertThat(screen(ledger, a)).isZero();
		commit(ledger, 1, a, b);
		assertThat(screen(this.db.newProcess(), line("TX-3", 30, 1))).isEqualTo(70);
		assertThat(this.db.newProcess().drawsOf("TX-2")).singleElement()
			.satisfies((draw) -> assertThat(draw.before().valueUsd()).isEqualByComparingTo(BigDecimal.valueOf(40000)));
	}

	@Test
	void aLineArrivingAfterLinesOrderedAfterItIsToldOfThemOnceAndNotOnAReplay() {
		LicenceLedger night1 = this.db.newProcess();
		ExportTransaction b = line("B", 28, 30);
		screen(night1, b);
		commit(night1, 1, b);
		LicenceLedger night2 = this.db.newProcess();
		ExportTransaction late = line("A", 26, 40);
		LedgerPosition first = night2.position("D123", late.orderDate(), "A", new LicenceUse(40, late.totalValueUsd()));
		assertThat(first.later()).containsExactly("B");
		assertThat(first.after().quantity()).isEqualTo(30);
		commit(night2, 2, late);
		// replayed (a restart, a --rerun): B was screened again knowing A's row
		LedgerPosition replay = this.db.newProcess()
			.position("D123", late.orderDate(), "A", new LicenceUse(40, late.totalValueUsd()));
		assertThat(replay.later()).isEmpty();
		assertThat(replay.before().quantity()).isZero();
	}

	@Test
	void idsAreOrderedTheSameInTheDatabaseAsInMemoryWhateverTheirCase() {
		LicenceLedger night1 = this.db.newProcess();
		ExportTransaction upper = line("TX-B", 30, 10);
		ExportTransaction lower = line("tx-a", 30, 20);
		screen(night1, upper);
		screen(night1, lower);
		commit(night1, 1, upper, lower);
		// in memory "TX-B" < "TX-Z" < "tx-a": a case-insensitive database would put tx-a first
		assertThat(screen(night1, line("TX-Z", 30, 1))).isEqualTo(10);
		assertThat(screen(this.db.newProcess(), line("TX-Z", 30, 1))).isEqualTo(10);
	}

}
