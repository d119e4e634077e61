package io.shipscreen.screening;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.shipscreen.policy.Policy;
import io.shipscreen.policy.PolicyFixtures;
import io.shipscreen.shared.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/** LPP and the Tier-2 allocation under the tiered rule, drawing on the H2 ledger. */
class QuotaCheckTest {

	private static final Policy DIFFUSION = PolicyFixtures.policy("ai-diffusion-2025");

	private final LedgerDatabase db = new LedgerDatabase();

	private final JdbcQuotaLedger ledger = this.db.newProcess();

	private final QuotaCheck check = new QuotaCheck(PolicyFixtures.classifier(), this.ledger);

	private Hit screenAndPersist(Tx row) {
		var tx = row.build();
		List<Hit> hits = this.check.check(tx, new ScreeningContext(7, LocalDate.of(2026, 3, 3), DIFFUSION));
		assertThat(hits).hasSize(1);
		this.ledger.persist(7, tx.transactionId(), tx.orderDate(),
				hits.stream().map(Hit::charge).filter(java.util.Objects::nonNull).toList());
		return hits.get(0);
	}

	private static Tx portugal(String id, long units) {
		return Tx.h100().id(id).consignee("Lisboa AI Data Centre SA", "Av. da Liberdade 1, Lisboa", "PT").shipTo("PT")
			.quantity(units).exception("LPP");
	}

	@Test
	void lppRunsPerConsigneePerYearAndHoldsOverTheLimit() {
		Hit first = screenAndPersist(portugal("P1", 1000).ordered("2026-02-01"));
		assertThat(first.ruleId()).isEqualTo("LPP-QUOTA");
		assertThat(first.severity()).isEqualTo(Severity.INFO);
		assertThat(first.charge().amount()).isEqualByComparingTo("15832000");
		assertThat(first.charge().period()).isEqualTo("2026");
		Hit second = screenAndPersist(portugal("P2", 600).ordered("2026-02-02"));
		assertThat(second.severity()).isEqualTo(Severity.REVIEW);
		assertThat(second.reason()).contains("is 94 % of the LPP limit of 26,900,000 for 2026");
		Hit third = screenAndPersist(portugal("P3", 200).ordered("2026-02-03"));
		assertThat(third.severity()).isEqualTo(Severity.HOLD);
		assertThat(third.reason()).startsWith("LPP: cumulative 28,497,600 TPP exceeds the LPP limit of 26,900,000 for 2026");
		assertThat(third.evidence()).isEqualTo("drawn before 25,331,200 + this order 3,166,400 = cumulative 28,497,600"
				+ " of 26,900,000 TPP (2026); remaining 0 (over by 1,597,600)");
		// A new year starts a new allowance.
		assertThat(screenAndPersist(portugal("P4", 200).ordered("2027-01-04")).severity()).isEqualTo(Severity.INFO);
	}

	@Test
	void aLicensedTier2ShipmentDrawsOnTheCountryAllocation() {
		Hit hit = screenAndPersist(Tx.h100().id("M1").to("MX").quantity(1000).licence("D7654321"));
		assertThat(hit.ruleId()).isEqualTo("TIER2-ALLOCATION");
		assertThat(hit.severity()).isEqualTo(Severity.INFO);
		assertThat(hit.charge().account()).isEqualTo("MX");
		assertThat(hit.charge().period()).isEqualTo("2025-2027");
		assertThat(hit.evidence()).contains("of 790,000,000 TPP (2025-2027); remaining 774,168,000");
	}

	@Test
	void tier1AndTier3AndPostRescissionOrdersDrawNothing() {
		ScreeningContext diffusion = new ScreeningContext(7, LocalDate.of(2026, 3, 3), DIFFUSION);
		assertThat(this.check.check(Tx.h100().exception("LPP").build(), diffusion)).isEmpty();
		assertThat(this.check.check(Tx.h100().to("CN").exception("LPP").build(), diffusion)).isEmpty();
		ScreeningContext post = new ScreeningContext(7, LocalDate.of(2026, 3, 3), PolicyFixtures.policy("post-rescission-2025"));
		assertThat(this.check.check(portugal("P1", 10).build(), post)).isEmpty();
	}

}
