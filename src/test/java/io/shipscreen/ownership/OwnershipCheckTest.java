package io.shipscreen.ownership;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.shipscreen.parties.Clearance;
import io.shipscreen.screening.Hit;
import io.shipscreen.shared.Severity;

import static io.shipscreen.ownership.OwnershipFixture.IN_FORCE;
import static io.shipscreen.ownership.OwnershipFixture.SUSPENDED;
import static io.shipscreen.ownership.OwnershipFixture.order;
import static org.assertj.core.api.Assertions.assertThat;

/** Ownership screening on small registers, as a reviewer reads the hits. */
class OwnershipCheckTest {

	@TempDir
	Path dir;

	OwnershipFixture world;

	@BeforeEach
	void setUp() {
		this.world = new OwnershipFixture(this.dir);
	}

	private List<Hit> screen(OwnershipScreen screen, LocalDate date, String consignee, String country) {
		return this.world.check(screen).check(order(date, consignee, country), null);
	}

	@Test
	void sixtyPercentByAnEntityListPartyHoldsOnceTheAffiliatesRuleIsBackButNotDuringTheSuspension() {
		OwnershipScreen screen = this.world.screen(this.world
			.register("Pearl River Compute Co. Ltd.,CN,Huawei Technologies Co. Ltd.,CN,60"));

		List<Hit> after = screen(screen, IN_FORCE, "Pearl River Compute Co., Ltd.", "CN");
		List<Hit> during = screen(screen, SUSPENDED, "Pearl River Compute Co., Ltd.", "CN");
		List<Hit> first = screen(screen, LocalDate.of(2025, 10, 15), "Pearl River Compute Co., Ltd.", "CN");
		List<Hit> before = screen(screen, LocalDate.of(2025, 9, 28), "Pearl River Compute Co., Ltd.", "CN");

		assertThat(after).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("PARTY-EL-AFFILIATE");
			assertThat(hit.severity()).isEqualTo(Severity.HOLD);
			assertThat(hit.field()).isEqualTo("ultimate_consignee_name");
			assertThat(hit.reason()).isEqualTo("Ultimate consignee 'Pearl River Compute Co., Ltd.' matches ownership "
					+ "register entity 'Pearl River Compute Co. Ltd.', 60 % owned by Entity List party "
					+ "'Huawei Technologies Co. Ltd.' (60 %), so under the BIS Affiliates Rule it is treated as its "
					+ "owners are: licence required for all items subject to the EAR, see §§ 734.9(e) and 744.11 of "
					+ "the EAR, presumption of denial.");
			assertThat(hit.evidence()).contains("60 % held by restricted owners (BIS Affiliates Rule threshold 50 %)",
					"listed owner 'Huawei Technologies Co. Ltd.' = Entity List (EL) entry 'Huawei Technologies Co., Ltd.'; "
							+ "id EL:3225cb89eac6 (fingerprint " + OwnershipFixture.HUAWEI.fingerprint() + ")",
					"paths: Huawei Technologies Co. Ltd. [EL] -60 %-> Pearl River Compute Co. Ltd.",
					"holdings: register-", ".csv row 2 as of 2026-10-01 (test KYC)");
			assertThat(hit.citation()).isEqualTo("15 CFR 744 Supp. No. 8 (Affiliates Rule), 90 FR 47201");
			assertThat(hit.policyId()).isEqualTo("ownership-bis-affiliates");
		});
		assertThat(during).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("PARTY-EL-AFFILIATE-SUSPENDED");
			assertThat(hit.severity()).isEqualTo(Severity.INFO);
			assertThat(hit.reason()).contains("suspended from 2025-11-10 to 2026-11-09 (90 FR 50857",
					"recorded, not flagged");
		});
		assertThat(first).extracting(Hit::ruleId, Hit::severity).containsExactly(
				org.assertj.core.groups.Tuple.tuple("PARTY-EL-AFFILIATE", Severity.HOLD));
		assertThat(before).isEmpty();
	}

	@Test
	void twoListedOwnersOfThirtyAndTwentyFivePercentRestrictInAggregateButFortyPercentAloneDoesNot() {
		OwnershipScreen screen = this.world.screen(this.world.register(
				"Harbour Foundry Services Ltd.,HK,Semiconductor Manufacturing International Corporation,CN,30",
				"Harbour Foundry Services Ltd.,HK,Huawei Technologies Co. Ltd.,CN,25",
				"Harbour Foundry Services Ltd.,HK,Harbour Pension Fund,HK,45",
				"Minority Holdings Pte. Ltd.,SG,Huawei Technologies Co. Ltd.,CN,40",
				"Minority Holdings Pte. Ltd.,SG,Lion City Investments Pte. Ltd.,SG,60"));

		assertThat(screen(screen, IN_FORCE, "Harbour Foundry Services Ltd.", "HK")).singleElement()
			.satisfies((hit) -> {
				assertThat(hit.ruleId()).isEqualTo("PARTY-EL-AFFILIATE");
				assertThat(hit.severity()).isEqualTo(Severity.HOLD);
				assertThat(hit.reason()).contains("55 % owned in aggregate by Entity List party 'Semiconductor "
						+ "Manufacturing International Corporation' (30 %) and Entity List party 'Huawei Technologies Co. "
						+ "Ltd.' (25 %)");
				assertThat(hit.evidence()).contains("; id EL:5b1c0e9d7a21", "; id EL:3225cb89eac6");
			});
		assertThat(screen(screen, IN_FORCE, "Minority Holdings Pte. Ltd.", "SG")).isEmpty();
	}

	@Test
	void aFiftyOnePercentSubsidiarysSeventyPercentSubsidiaryIsRestrictedWithThePathInTheEvidence() {
		OwnershipScreen screen = this.world.screen(this.world.register(
				"Alpha Holdings Ltd.,HK,Huawei Technologies Co. Ltd.,CN,51",
				"Beta Compute Ltd.,HK,Alpha Holdings Ltd.,HK,70",
				"Gamma Data Ltd.,HK,Beta Compute Ltd.,HK,20"));

		assertThat(screen(screen, IN_FORCE, "Beta Compute Ltd", "HK")).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("PARTY-EL-AFFILIATE");
			assertThat(hit.reason()).contains("70 % owned by 'Alpha Holdings Ltd.' (70 %), itself owned through "
					+ "Entity List party 'Huawei Technologies Co. Ltd.'");
			assertThat(hit.evidence()).contains(
					"paths: Huawei Technologies Co. Ltd. [EL] -51 %-> Alpha Holdings Ltd. -70 %-> Beta Compute Ltd.");
		});
		assertThat(screen(screen, IN_FORCE, "Gamma Data Ltd.", "HK")).isEmpty();
	}

	@Test
	void fiftyPercentByAnSdnIsBlockedOnEveryDate() {
		OwnershipScreen screen = this.world.screen(this.world
			.register("Volga Microelectronics LLC,RU,JOINT STOCK COMPANY MIKRON,RU,50"));

		for (LocalDate date : List.of(LocalDate.of(2020, 1, 15), SUSPENDED, IN_FORCE)) {
			assertThat(screen(screen, date, "Volga Microelectronics LLC", "RU")).as(date.toString())
				.singleElement()
				.satisfies((hit) -> {
					assertThat(hit.ruleId()).isEqualTo("PARTY-SDN-50");
					assertThat(hit.severity()).isEqualTo(Severity.HOLD);
					assertThat(hit.reason()).endsWith("so under the OFAC 50 Percent Rule it is treated as its owners "
							+ "are: blocked, no dealings without an OFAC licence.");
					assertThat(hit.citation()).startsWith("OFAC Revised Guidance on Entities Owned by Persons");
				});
		}
	}

	@Test
	void aListedOwnerOfUnknownShareNeedsReviewAndSoDoesWhatTheEntityOwns() {
		OwnershipScreen screen = this.world.screen(this.world.register(
				"Opaque Trading FZE,AE,Huawei Technologies Co. Ltd.,CN,",
				"Opaque Logistics FZE,AE,Opaque Trading FZE,AE,80",
				"Volga Systems LLC,RU,JOINT STOCK COMPANY MIKRON,RU,"));

		assertThat(screen(screen, IN_FORCE, "Opaque Trading FZE", "AE")).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("PARTY-EL-AFFILIATE-SHARE-UNKNOWN");
			assertThat(hit.severity()).isEqualTo(Severity.REVIEW);
			assertThat(hit.reason()).contains("owned by Entity List party 'Huawei Technologies Co. Ltd.' (an unknown "
					+ "share)", "find out the share before shipping");
			assertThat(hit.citation()).contains("red flag 29");
		});
		assertThat(screen(screen, IN_FORCE, "Opaque Logistics FZE", "AE")).extracting(Hit::ruleId)
			.containsExactly("PARTY-EL-AFFILIATE-SHARE-UNKNOWN");
		assertThat(screen(screen, SUSPENDED, "Opaque Trading FZE", "AE")).extracting(Hit::severity)
			.containsExactly(Severity.INFO);
		assertThat(screen(screen, SUSPENDED, "Volga Systems LLC", "RU")).extracting(Hit::ruleId, Hit::severity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PARTY-SDN-50-SHARE-UNKNOWN", Severity.REVIEW));
	}

	@Test
	void cyclesInTheRegisterEndAndARestrictedCycleRestrictsEveryMember() {
		OwnershipScreen screen = this.world.screen(this.world.register(
				"Loop One Ltd.,HK,Loop Two Ltd.,HK,60",
				"Loop Two Ltd.,HK,Loop Three Ltd.,HK,60",
				"Loop Three Ltd.,HK,Loop One Ltd.,HK,60",
				"Ring A Ltd.,HK,Ring B Ltd.,HK,50",
				"Ring B Ltd.,HK,Ring A Ltd.,HK,50",
				"Ring A Ltd.,HK,Huawei Technologies Co. Ltd.,CN,50",
				"Knot Ltd.,HK,Knot Ltd.,HK,100"));

		assertThat(screen(screen, IN_FORCE, "Loop One Ltd.", "HK")).isEmpty();
		assertThat(screen(screen, IN_FORCE, "Ring A Ltd.", "HK")).extracting(Hit::ruleId)
			.containsExactly("PARTY-EL-AFFILIATE");
		assertThat(screen(screen, IN_FORCE, "Ring B Ltd.", "HK")).singleElement()
			.satisfies((hit) -> assertThat(hit.evidence())
				.contains("paths: Huawei Technologies Co. Ltd. [EL] -50 %-> Ring A Ltd. -50 %-> Ring B Ltd."));
		assertThat(screen.problems()).extracting(RegisterProblem::reason)
			.contains("'Knot Ltd.' is named as owning itself: the row is not used");
	}

	@Test
	void anEntityListOwnerOutranksAMilitaryEndUserOwnerInTheAggregate() {
		OwnershipScreen screen = this.world.screen(this.world.register(
				"Joint Propulsion Co. Ltd.,CN,Academy of Aerospace Solid Propulsion Technology,CN,30",
				"Joint Propulsion Co. Ltd.,CN,Huawei Technologies Co. Ltd.,CN,20",
				"Propulsion Parts Co. Ltd.,CN,Academy of Aerospace Solid Propulsion Technology,CN,60"));

		assertThat(screen(screen, IN_FORCE, "Joint Propulsion Co. Ltd.", "CN")).extracting(Hit::ruleId, Hit::severity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PARTY-EL-AFFILIATE", Severity.HOLD));
		assertThat(screen(screen, IN_FORCE, "Propulsion Parts Co. Ltd.", "CN")).extracting(Hit::ruleId, Hit::severity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PARTY-MEU-AFFILIATE", Severity.REVIEW));
	}

	@Test
	void everyPartyOfTheRowIsScreened() {
		OwnershipScreen screen = this.world.screen(this.world
			.register("Pearl River Compute Co. Ltd.,CN,Huawei Technologies Co. Ltd.,CN,60"));
		io.shipscreen.transaction.ExportTransaction withPurchaser = order(IN_FORCE, "Sakura Compute KK", "JP",
				java.util.Map.of(io.shipscreen.transaction.Column.PURCHASER_NAME, "Pearl River Compute Co Ltd",
						io.shipscreen.transaction.Column.PURCHASER_COUNTRY, "CN"));

		assertThat(this.world.check(screen).check(withPurchaser, null)).extracting(Hit::ruleId, Hit::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PARTY-EL-AFFILIATE", "purchaser_name"));
	}

	@Test
	void aReviewersFalsePositiveOnThePrincipalOwnerClearsTheOwnershipHit() throws Exception {
		OwnershipScreen screen = this.world.screen(this.world
			.register("Pearl River Compute Co. Ltd.,CN,Huawei Technologies Co. Ltd.,CN,60"));
		this.world.cleared.add(new Clearance("Pearl River Compute Co., Ltd.", OwnershipFixture.HUAWEI.key(),
				OwnershipFixture.HUAWEI.fingerprint(), "j.doe", LocalDate.of(2026, 12, 1),
				"our customer is the Guangzhou company of the same name, not the Huawei affiliate"));

		assertThat(screen(screen, IN_FORCE, "Pearl River Compute Co., Ltd.", "CN")).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("PARTY-CLEARED");
			assertThat(hit.severity()).isEqualTo(Severity.INFO);
			assertThat(hit.reason()).contains("not a match: cleared by j.doe on 2026-12-01");
		});
		assertThat(Files.readString(this.dir.resolve("cleared.csv"))).contains("EL:3225cb89eac6");
	}

	@Test
	void aPartyThatOnlyResemblesARestrictedEntityIsReviewedNotHeld() {
		OwnershipScreen screen = this.world.screen(this.world
			.register("Pearl River Advanced Compute Technology Co. Ltd.,CN,Huawei Technologies Co. Ltd.,CN,60"));

		// a word short of the register's name, and not in the entity's country: close, not certain
		List<Hit> hits = screen(screen, IN_FORCE, "Pearl River Compute Co. Ltd.", "JP");

		assertThat(hits).isNotEmpty();
		assertThat(hits).allSatisfy((hit) -> assertThat(hit.severity()).isEqualTo(Severity.REVIEW));
		assertThat(screen(screen, IN_FORCE, "Yangtze Memory Trading Co. Ltd.", "CN")).isEmpty();
	}

	@Test
	void aDenseWebOfCrossHoldingsEndsAndARegisterWithoutListedOwnersRaisesNothing() {
		// 40 companies in a ring of 50 % holdings, each also holding 1 % of every other: 1,560
		// holdings, every one in a cycle, and countless paths from the listed owner to each company
		List<String> rows = new java.util.ArrayList<>();
		for (int i = 0; i < 40; i++) {
			for (int j = 0; j < 40; j++) {
				if (i != j) {
					rows.add("Web " + j + " Ltd.,HK,Web " + i + " Ltd.,HK," + ((j == (i + 1) % 40) ? "50" : "1"));
				}
			}
		}
		OwnershipScreen unlisted = this.world.screen(this.world.register(rows.toArray(String[]::new)));
		rows.add("Web 0 Ltd.,HK,Huawei Technologies Co. Ltd.,CN,60");
		OwnershipScreen listed = this.world.screen(this.world.register(rows.toArray(String[]::new)));

		assertThat(screen(unlisted, IN_FORCE, "Web 7 Ltd.", "HK")).isEmpty();
		for (int j = 0; j < 40; j++) {
			assertThat(screen(listed, IN_FORCE, "Web " + j + " Ltd.", "HK")).as("Web " + j)
				.extracting(Hit::ruleId)
				.containsExactly("PARTY-EL-AFFILIATE");
		}
		assertThat(screen(listed, IN_FORCE, "Web 39 Ltd.", "HK").get(0).evidence())
			.contains("Huawei Technologies Co. Ltd. [EL] -60 %-> Web 0 Ltd.");
	}

}
