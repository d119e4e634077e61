package io.shipscreen.screening;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.shipscreen.policy.Policy;
import io.shipscreen.policy.PolicyFixtures;
import io.shipscreen.shared.Decision;

import static org.assertj.core.api.Assertions.assertThat;

/** Government-to-government deals and validated end users as data (the README's worked example). */
class AgreementsTest {

	private static final Policy EXAMPLE = PolicyFixtures
		.load(Path.of("config/policies/examples/bilateral-deals-example.yml"));

	private final AllChecks checks = new AllChecks();

	@Test
	void anExemptConsigneeNeedsNoTier2Licence() {
		Tx exempt = Tx.h100().ordered("2026-08-03").consignee("Example Cloud LLC", "Masdar City, Abu Dhabi", "AE").shipTo("AE");
		AllChecks.Outcome outcome = this.checks.screen(exempt.build(), EXAMPLE);
		assertThat(outcome.rules()).contains("TIER2-G2G-EXEMPT").doesNotContain("TIER-2-LICENCE");
		// The country-group rule of the EAR still applies: the UAE is in D:4.
		assertThat(outcome.flags()).containsExactly("DEST-D1-D4");
		Tx other = exempt.consignee("Other Compute FZE", "Dubai", "AE");
		assertThat(this.checks.screen(other.build(), EXAMPLE).flags()).containsExactly("DEST-D1-D4", "TIER-2-LICENCE");
	}

	@Test
	void theRaisedAllocationIsWhatALicensedShipmentDrawsOn() {
		Tx licensed = Tx.h100().id("S1").ordered("2026-09-02").to("SA").licence("D1111111").quantity(1000);
		assertThat(this.checks.screen(licensed.build(), EXAMPLE).hits())
			.filteredOn((h) -> h.ruleId().equals("TIER2-ALLOCATION"))
			.singleElement()
			.satisfies((hit) -> assertThat(hit.reason()).contains("allocation of 1,580,000,000 (raised by agreement from 790,000,000)"));
	}

	@Test
	void aValidatedEndUserIsClearOfTheTierRule() {
		Tx veu = Tx.h100().ordered("2026-08-03").consignee("Example Hyperscaler India Pvt Ltd", "Navi Mumbai", "IN").shipTo("IN");
		AllChecks.Outcome outcome = this.checks.screen(veu.build(), EXAMPLE);
		assertThat(outcome.decision()).isEqualTo(Decision.CLEAR);
		assertThat(outcome.rules()).containsExactly("TIER2-VEU");
	}

}
