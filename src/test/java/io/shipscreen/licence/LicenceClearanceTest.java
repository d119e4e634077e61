package io.shipscreen.licence;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.shipscreen.parties.NameNormalizer;
import io.shipscreen.policy.PolicyFixtures;
import io.shipscreen.screening.DestinationCheck;
import io.shipscreen.screening.Hit;
import io.shipscreen.screening.LicenceResolver;
import io.shipscreen.screening.ScreeningContext;
import io.shipscreen.shared.Severity;
import io.shipscreen.transaction.ExportTransaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a licence register, a {@code license_number} clears the D:5 licence requirement only when
 * the register's licence covers the line; otherwise the requirement stands with a reason naming
 * the failed condition and its numbers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LicenceClearanceTest {

	private static final String TSINGHUA = "D123,2026-01-01,2026-12-31,3A090,CN,Tsinghua Research Computing Center,";

	private final LicenceDatabase db = LicenceDatabase.h2();

	@TempDir
	Path dir;

	private LicenceLedger ledger;

	@BeforeEach
	void emptyLedger() {
		this.db.jdbc.update("DELETE FROM licence_draw");
		this.ledger = this.db.newProcess();
	}

	@AfterAll
	void close() {
		this.db.close();
	}

	/** The destination check's hit for the D:5 requirement of {@code line}, under {@code register}. */
	private Hit screen(LicenceRegister register, ExportTransaction line) {
		LicenceVerifier verifier = new LicenceVerifier(register, this.ledger, new PartyNames(new NameNormalizer()),
				new BigDecimal("0.90"));
		DestinationCheck check = new DestinationCheck(PolicyFixtures.classifier(), new LicenceResolver(verifier),
				new io.shipscreen.screening.ExemptConsignees(new NameNormalizer()));
		List<Hit> hits = check.check(line, new ScreeningContext(1, LocalDate.of(2026, 11, 30),
				PolicyFixtures.policy("post-rescission-2025")));
		assertThat(hits).hasSize(1);
		return hits.get(0);
	}

	private Hit screen(String registerRow, Line line) {
		return screen(Registers.of(this.dir, registerRow), line.build());
	}

	/** Commits a screened line's draw, as the writer does at the end of its chunk. */
	private void commit(ExportTransaction line) {
		this.db.transactions.executeWithoutResult((status) -> this.ledger.persist(1, line));
	}

	@Test
	void aLicenceThatCoversTheLineClearsIt() {
		Hit hit = screen(TSINGHUA + "100,5000000", Line.of("TX-1").units(10));
		assertThat(hit.ruleId()).isEqualTo("LICENCE-ON-FILE");
		assertThat(hit.severity()).isEqualTo(Severity.INFO);
		assertThat(hit.reason()).contains("licence D123 in the licence register covers it")
			.contains("90 of 100 units and 4,700,000 of 5,000,000 USD remain after this line");
		assertThat(hit.evidence()).contains("clears DEST-D5");
	}

	@Test
	void theConsigneeIsMatchedAsPartyScreeningWritesNamesAndTheEccnByParagraph() {
		Hit hit = screen(TSINGHUA + ",", Line.of("TX-1").to("TSINGHUA RESEARCH COMPUTING CENTRE", "CN").eccn("3A090.a"));
		assertThat(hit.ruleId()).isEqualTo("LICENCE-ON-FILE");
		assertThat(hit.reason()).contains("it has no quantity or value limit");
	}

	@Test
	void anExpiredLicenceKeepsTheHold() {
		Hit hit = screen("D123,2025-01-01,2026-06-30,3A090,CN,,,", Line.of("TX-1"));
		assertThat(hit.ruleId()).isEqualTo("DEST-D5");
		assertThat(hit.severity()).isEqualTo(Severity.HOLD);
		assertThat(hit.reason()).contains("licence D123 does not clear it: licence D123 expired on 2026-06-30, "
				+ "before the order date 2026-11-30");
	}

	@Test
	void aLicenceNotYetValidKeepsTheHold() {
		Hit hit = screen("D123,2026-12-01,2027-11-30,3A090,CN,,,", Line.of("TX-1"));
		assertThat(hit.severity()).isEqualTo(Severity.HOLD);
		assertThat(hit.reason()).contains("licence D123 is valid only from 2026-12-01, after the order date 2026-11-30");
	}

	@Test
	void aLicenceForAnotherCountryKeepsTheHold() {
		Hit hit = screen("D123,2026-01-01,2026-12-31,3A090,TW;Japan,,,", Line.of("TX-1"));
		assertThat(hit.severity()).isEqualTo(Severity.HOLD);
		assertThat(hit.reason())
			.contains("licence D123 covers destinations Japan (JP), Taiwan (TW), not the ultimate consignee's China (CN)");
	}

	@Test
	void aLicenceForAnotherConsigneeKeepsTheHold() {
		Hit hit = screen("D123,2026-01-01,2026-12-31,3A090,CN,Peking University,,", Line.of("TX-1"));
		assertThat(hit.severity()).isEqualTo(Severity.HOLD);
		assertThat(hit.reason()).contains(
				"licence D123 does not name the ultimate consignee Tsinghua Research Computing Center (it names Peking University)");
	}

	@Test
	void aLicenceThatDoesNotNameTheEndUserKeepsTheHold() {
		Hit hit = screen(TSINGHUA + ",", Line.of("TX-1").endUser("Beijing Cloud Ltd", "CN"));
		assertThat(hit.severity()).isEqualTo(Severity.HOLD);
		assertThat(hit.reason()).contains("does not name the end user Beijing Cloud Ltd");
	}

	@Test
	void aSimilarNameWithAnotherLegalFormIsAnotherCompany() {
		Hit hit = screen("D123,2026-01-01,2026-12-31,3A090,CN,Sinotek Computing GmbH,,",
				Line.of("TX-1").to("Sinotek Computing Ltd", "CN"));
		assertThat(hit.severity()).isEqualTo(Severity.HOLD);
		assertThat(hit.reason()).contains("does not name the ultimate consignee Sinotek Computing Ltd");
	}

	@Test
	void aLicenceForAnotherEccnKeepsTheHold() {
		Hit hit = screen("D123,2026-01-01,2026-12-31,4A090;3A090.b,CN,,,", Line.of("TX-1"));
		assertThat(hit.severity()).isEqualTo(Severity.HOLD);
		assertThat(hit.reason()).contains("licence D123 covers 4A090, 3A090.B, not 3A090.a");
	}

	@Test
	void aLicenceNotInTheRegisterKeepsTheHold() {
		Hit hit = screen(TSINGHUA + ",", Line.of("TX-1").licence("D999"));
		assertThat(hit.severity()).isEqualTo(Severity.HOLD);
		assertThat(hit.reason()).contains("licence D999 does not clear it: licence D999 is not in the licence register");
	}

	@Test
	void aLicenceWhoseUnitsAreUsedUpByEarlierLinesKeepsTheHold() {
		LicenceRegister register = Registers.of(this.dir, TSINGHUA + "100,");
		ExportTransaction earlier = Line.of("TX-1").ordered("2026-11-02").units(70).build();
		assertThat(screen(register, earlier).ruleId()).isEqualTo("LICENCE-ON-FILE");
		commit(earlier);
		Hit hit = screen(register, Line.of("TX-2").units(40).build());
		assertThat(hit.ruleId()).isEqualTo("DEST-D5");
		assertThat(hit.severity()).isEqualTo(Severity.HOLD);
		assertThat(hit.reason()).contains("licence D123 allows 100 units; 70 used before this line of 40");
	}

	@Test
	void aLicenceWhoseValueIsUsedUpKeepsTheHold() {
		LicenceRegister register = Registers.of(this.dir, TSINGHUA + ",1000000");
		ExportTransaction earlier = Line.of("TX-1").units(30).build();
		assertThat(screen(register, earlier).ruleId()).isEqualTo("LICENCE-ON-FILE");
		// not yet committed: the line screened earlier in this chunk counts all the same
		Hit hit = screen(register, Line.of("TX-2").units(10).build());
		assertThat(hit.severity()).isEqualTo(Severity.HOLD);
		assertThat(hit.reason())
			.contains("licence D123 allows 1,000,000 USD; 900,000 USD used before this line of 300,000 USD");
	}

	@Test
	void aLicenceNinetyPercentUsedIsForReview() {
		Hit hit = screen(TSINGHUA + "100,", Line.of("TX-1").units(90));
		assertThat(hit.ruleId()).isEqualTo("LICENCE-ON-FILE");
		assertThat(hit.severity()).isEqualTo(Severity.REVIEW);
		assertThat(hit.reason()).contains("10 of 100 units remain after this line; it is 90 % used");
	}

	@Test
	void aLineThatFitsExactlyClearsAndTheNextOneDoesNot() {
		LicenceRegister register = Registers.of(this.dir, TSINGHUA + "100,");
		assertThat(screen(register, Line.of("TX-1").units(100).build()).severity()).isEqualTo(Severity.REVIEW);
		assertThat(screen(register, Line.of("TX-2").units(1).build()).reason())
			.contains("allows 100 units; 100 used before this line of 1");
	}

	@Test
	void withoutARegisterALicenceNumberClearsAsBefore() {
		Hit hit = screen(LicenceRegister.none(List.of("config/licences")), Line.of("TX-1").licence("D999").build());
		assertThat(hit.ruleId()).isEqualTo("LICENCE-ON-FILE");
		assertThat(hit.reason()).contains("licence D999 is on file (confirm it covers this item, quantity and parties)");
	}

}
