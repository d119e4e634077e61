package io.shipscreen.screening;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.shipscreen.parties.NameNormalizer;
import io.shipscreen.policy.Policy;
import io.shipscreen.policy.PolicyFixtures;
import io.shipscreen.shared.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UAE under post-rescission-2025 (91 FR 43034): D:4 until 2026-07-09, then A:5 with a dated
 * destination rule whose exempt consignees are compared the way party screening compares names.
 */
class UaeRuleTest {

	private static final Policy POST = PolicyFixtures.policy("post-rescission-2025");

	private final DestinationCheck check = new DestinationCheck(PolicyFixtures.classifier(), new LicenceResolver(),
			new ExemptConsignees(new NameNormalizer()));

	private List<Hit> screen(Tx tx) {
		return this.check.check(tx.build(), new ScreeningContext(1, java.time.LocalDate.of(2026, 12, 1), POST));
	}

	private static Tx uae(String consignee, String date) {
		return Tx.h100().consignee(consignee, "Abu Dhabi", "AE").to("AE").ordered(date);
	}

	@Test
	void anOrderBeforeTheMoveIsHeldUnderDestD1D4AndOneAfterUnderDestUae() {
		assertThat(screen(uae("Falcon Compute LLC", "2026-07-09"))).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("DEST-D1-D4");
			assertThat(hit.severity()).isEqualTo(Severity.HOLD);
		});
		assertThat(screen(uae("Falcon Compute LLC", "2026-07-10"))).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("DEST-UAE");
			assertThat(hit.severity()).isEqualTo(Severity.HOLD);
			assertThat(hit.reason()).contains("to or within the United Arab Emirates")
				.contains("the ultimate consignee Falcon Compute LLC is not one of its exempt consignees; no licence is recorded.");
			assertThat(hit.citation()).contains("91 FR 43034").contains("FR Doc 2026-14132");
		});
	}

	@Test
	void anApprovedEntityIsExemptUntilItsUntilDateWrittenAnyWayPartyScreeningAccepts() {
		for (String name : List.of("G42", "G42 Ltd.", "g42 limited", "GROUP 42", "Core42 LLC")) {
			assertThat(screen(uae(name, "2027-04-06"))).as(name).singleElement().satisfies((hit) -> {
				assertThat(hit.ruleId()).isEqualTo("DEST-UAE-EXEMPT");
				assertThat(hit.severity()).isEqualTo(Severity.INFO);
				assertThat(hit.reason()).contains("is exempt as an approved entity of Supp. No. 8 to Part 740 (until 2027-04-06)");
				assertThat(hit.evidence()).contains("config/policies/post-rescission-2025.yml line ");
				assertThat(hit.citation()).contains("Supp. No. 8");
			});
		}
		assertThat(screen(uae("G42", "2027-04-07"))).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("DEST-UAE");
			assertThat(hit.severity()).isEqualTo(Severity.HOLD);
			assertThat(hit.reason()).contains("G42 was exempt as an approved entity of Supp. No. 8 to Part 740 (until 2027-04-06), "
					+ "which does not cover 2027-04-07");
		});
		// a similar name is not the approved entity
		assertThat(screen(uae("G42 Trading Partners", "2026-08-01"))).extracting(Hit::ruleId).containsExactly("DEST-UAE");
	}

	@Test
	void aUsFirmsUaeSubsidiaryNeedsItsUsParentOnTheRow() {
		Tx subsidiary = uae("Microsoft Gulf FZ-LLC", "2026-08-01");
		assertThat(screen(subsidiary.consigneeParent("US"))).extracting(Hit::ruleId).containsExactly("DEST-UAE-EXEMPT");
		assertThat(screen(subsidiary.consigneeParent(null))).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("DEST-UAE");
			assertThat(hit.reason()).contains("names a subsidiary of 'Microsoft'")
				.contains("its ultimate parent's headquarters country on the row is blank, not United States (US)");
		});
		// a firm not named by the rule
		assertThat(screen(uae("Nvidia Gulf FZ-LLC", "2026-08-01").consigneeParent("US"))).extracting(Hit::ruleId)
			.containsExactly("DEST-UAE");
	}

	@Test
	void anExemptConsigneeDoesNotCoverAnEndUserWhoIsNot() {
		Tx viaG42 = uae("G42", "2026-08-01").endUser("Falcon Compute LLC", "AE");
		assertThat(screen(viaG42)).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("DEST-UAE");
			assertThat(hit.reason()).contains("the end user Falcon Compute LLC is not one of its exempt consignees");
		});
		assertThat(screen(uae("G42", "2026-08-01").endUser("UAE Government", "AE"))).extracting(Hit::ruleId)
			.containsExactly("DEST-UAE-EXEMPT");
	}

	@Test
	void aLicenceOnFileClearsTheUaeRule() {
		assertThat(screen(uae("Falcon Compute LLC", "2026-08-01").licence("D7654321"))).extracting(Hit::ruleId)
			.containsExactly("LICENCE-ON-FILE");
	}

	@Test
	void theHeadquartersRuleReadsEveryPartysParent() {
		assertThat(screen(Tx.h100().to("HU").consigneeParent("CN"))).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("HQ-D5");
			assertThat(hit.field()).isEqualTo("ultimate_consignee_parent_country");
			assertThat(hit.reason()).startsWith("The ultimate consignee's ultimate parent is headquartered in China (CN)");
		});
		assertThat(screen(Tx.h100().to("SE").purchaser("Nordic Procurement AB", "SE").purchaserParent("MO")))
			.singleElement()
			.satisfies((hit) -> {
				assertThat(hit.ruleId()).isEqualTo("HQ-D5");
				assertThat(hit.field()).isEqualTo("purchaser_parent_country");
				assertThat(hit.evidence()).startsWith("purchaser_parent_country=MO");
			});
		// two parents in D:5: one requirement naming both
		assertThat(screen(Tx.h100().to("HU").parent("CN").consigneeParent("RU"))).singleElement()
			.satisfies((hit) -> assertThat(hit.evidence())
				.startsWith("end_user_parent_country=CN, ultimate_consignee_parent_country=RU"));
		assertThat(screen(Tx.h100().to("HU").consigneeParent("US").purchaserParent("JP"))).isEmpty();
	}

}
