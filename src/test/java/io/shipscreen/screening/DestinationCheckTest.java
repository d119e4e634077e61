package io.shipscreen.screening;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.shipscreen.policy.Policy;
import io.shipscreen.policy.PolicyFixtures;
import io.shipscreen.shared.Severity;

import static org.assertj.core.api.Assertions.assertThat;

class DestinationCheckTest {

	private static final Policy POST = PolicyFixtures.policy("post-rescission-2025");

	private static final Policy AC2023 = PolicyFixtures.policy("advanced-computing-2023");

	private final DestinationCheck check = new DestinationCheck(PolicyFixtures.classifier(), new LicenceResolver(),
			new ExemptConsignees(new io.shipscreen.parties.NameNormalizer()));

	private List<Hit> screen(Tx tx, Policy policy) {
		return this.check.check(tx.build(), new ScreeningContext(1, LocalDate.of(2026, 3, 3), policy));
	}

	private static List<String> rules(List<Hit> hits) {
		return hits.stream().map(Hit::ruleId).toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { "AF", "BY", "CD", "CF", "CN", "CU", "ER", "HT", "IQ", "IR", "KP", "LB", "LY", "MM", "NI",
			"RU", "SD", "SO", "SS", "SY", "VE", "ZW", "HK" })
	void holdsAdvancedChipsToEveryD5Country(String country) {
		List<Hit> hits = screen(Tx.h100().to(country), POST);
		assertThat(hits).filteredOn((h) -> h.ruleId().equals("DEST-D5"))
			.singleElement()
			.satisfies((hit) -> {
				assertThat(hit.severity()).isEqualTo(Severity.HOLD);
				assertThat(hit.policyId()).isEqualTo("post-rescission-2025");
				assertThat(hit.policyVersion()).isEqualTo("4");
				assertThat(hit.field()).isEqualTo("ultimate_consignee_country");
				assertThat(hit.reason()).startsWith("A licence is required for 3A090.a items to Country Group D:5")
					.contains("; no licence is recorded.");
				assertThat(hit.citation()).contains("742.6(a)(6)(iii)");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "AM", "AZ", "GE", "KG", "KH", "KZ", "LA", "MD", "MN", "TJ", "TM", "UZ", "VN", "YE", "AE",
			"BH", "EG", "JO", "KW", "OM", "PK", "QA", "SA" })
	void holdsAdvancedChipsToD1AndD4CountriesOutsideD5(String country) {
		assertThat(rules(screen(Tx.h100().to(country), POST))).containsExactly("DEST-D1-D4");
	}

	@ParameterizedTest
	@ValueSource(strings = { "IL", "JP", "DE", "PT", "IN", "TR", "SG", "TW", "MX", "BR", "US" })
	void clearsCountriesInA5OrA6OrNoGroup(String country) {
		// Israel is in D:4 but also A:6, which cancels the requirement.
		assertThat(screen(Tx.h100().to(country), POST)).isEmpty();
	}

	@Test
	void holdsMacauUnderItsOwnRule() {
		List<Hit> hits = screen(Tx.h100().to("MO"), POST);
		assertThat(rules(hits)).containsExactly("DEST-MACAU");
		assertThat(hits.get(0).reason()).contains("to Macau (Macao SAR China (MO))");
	}

	@Test
	void cambodiaIsD5UntilNovember2025ThenD1() {
		assertThat(rules(screen(Tx.h100().to("KH").ordered("2025-11-06"), POST))).containsExactly("DEST-D5");
		assertThat(rules(screen(Tx.h100().to("KH").ordered("2025-11-07"), POST))).containsExactly("DEST-D1-D4");
		assertThat(rules(screen(Tx.h100().to("KH").ordered("2024-06-01"), AC2023))).containsExactly("DEST-D5");
	}

	@Test
	void testsEndUserShipToAndIntermediateCountries() {
		List<Hit> hits = screen(Tx.h100().shipTo("CN").endUser("Sakura Compute KK", "JP"), POST);
		assertThat(hits).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("DEST-D5");
			assertThat(hit.field()).isEqualTo("ship_to_country");
			assertThat(hit.evidence()).startsWith("ship_to_country=CN");
		});
		List<Hit> viaForwarder = screen(Tx.h100().intermediate("Shenzhen Freight Ltd", "CN"), POST);
		assertThat(viaForwarder).singleElement().satisfies((hit) -> {
			assertThat(hit.field()).isEqualTo("intermediate_consignee_country");
			assertThat(hit.severity()).isEqualTo(Severity.REVIEW);
		});
	}

	@Test
	void headquartersTestCatchesAChineseOwnedEntityAbroad() {
		List<Hit> hits = screen(Tx.h100().to("DE").parent("CN"), POST);
		assertThat(hits).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("HQ-D5");
			assertThat(hit.severity()).isEqualTo(Severity.HOLD);
			assertThat(hit.field()).isEqualTo("end_user_parent_country");
			assertThat(hit.reason()).contains("ultimate parent is headquartered in China (CN)")
				.contains("wherever the end user (Germany (DE)) is located");
		});
		assertThat(rules(screen(Tx.h100().to("DE").parent("MO"), POST))).containsExactly("HQ-D5");
		assertThat(screen(Tx.h100().to("DE").parent("US"), POST)).isEmpty();
		// Parent in the destination country already caught: one hit, not two.
		assertThat(rules(screen(Tx.h100().to("CN").parent("CN"), POST))).containsExactly("DEST-D5");
	}

	@Test
	void embargoesHoldAnyItem() {
		Tx cable = Tx.h100().item("CAB-1", "Ethernet cable", "Acme").eccn("EAR99").performance(null, null);
		assertThat(rules(screen(cable.to("IR"), POST))).containsExactly("EMBARGO-E1");
		assertThat(rules(screen(cable.to("KP"), POST))).containsExactly("EMBARGO-E1");
		assertThat(rules(screen(cable.to("SY"), POST))).containsExactly("EMBARGO-E1");
		assertThat(rules(screen(cable.to("CU"), POST))).containsExactly("EMBARGO-E2");
		assertThat(rules(screen(cable.to("DE").payment("IR"), POST))).containsExactly("EMBARGO-E1");
		assertThat(screen(cable.to("CN").payment(null), POST)).isEmpty();
	}

	@Test
	void embargoedRegionsOfUkraineByAddress() {
		Tx cable = Tx.h100().item("CAB-1", "Ethernet cable", "Acme").eccn("EAR99").performance(null, null);
		for (String address : List.of("ul. Lenina 5, Simferopol", "Sevastopol, Crimea", "pr. Mira 10, Donetsk",
				"Luhansk, ul. Sovetskaya 3", "Lugansk")) {
			List<Hit> hits = screen(cable.consignee("Some Trading LLC", address, "UA"), POST);
			assertThat(hits).as(address).singleElement().satisfies((hit) -> {
				assertThat(hit.ruleId()).isEqualTo("EMBARGO-REGION");
				assertThat(hit.severity()).isEqualTo(Severity.HOLD);
				assertThat(hit.citation()).contains("746.6");
			});
		}
		assertThat(screen(cable.consignee("Kyiv Data LLC", "vul. Khreshchatyk 1, Kyiv", "UA"), POST)).isEmpty();
	}

	@Test
	void aLicenceOnFileClearsTheRequirementWithAnInfoHit() {
		List<Hit> hits = screen(Tx.h100().to("CN").licence("D1234567"), POST);
		assertThat(hits).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("LICENCE-ON-FILE");
			assertThat(hit.severity()).isEqualTo(Severity.INFO);
			assertThat(hit.evidence()).startsWith("licence D1234567 clears DEST-D5");
		});
	}

	@Test
	void acaCoversD1D4OnlyForTheItemsItIsFor() {
		// ACA: 3A090.a only if not made for data centres; an H100 is.
		List<Hit> h100 = screen(Tx.h100().to("VN").exception("ACA"), POST);
		assertThat(h100).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("DEST-D1-D4");
			assertThat(hit.severity()).isEqualTo(Severity.HOLD);
			assertThat(hit.reason()).contains("licence exception ACA is only for");
		});
		Tx rtx = Tx.h100().item("RTX4090-24G", "GeForce RTX 4090 gaming graphics card", "NVIDIA").eccn(null).performance(null, null);
		assertThat(screen(rtx.to("VN").exception("ACA"), POST)).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("LICENCE-EXCEPTION");
			assertThat(hit.severity()).isEqualTo(Severity.INFO);
		});
		assertThat(rules(screen(rtx.to("CN").exception("ACA"), POST))).containsExactly("DEST-D5");
		assertThat(screen(rtx.to("CN").exception("NAC"), POST)).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("LICENCE-EXCEPTION");
			assertThat(hit.severity()).isEqualTo(Severity.REVIEW);
			assertThat(hit.reason()).contains("confirm BIS was notified");
		});
	}

	@Test
	void itemsBelow3A090AreNotHeldForDestination() {
		Tx h20 = Tx.h100().item("H20-96G", "NVIDIA H20 96GB", "NVIDIA").eccn(null).performance(null, null);
		assertThat(screen(h20.to("CN"), POST)).isEmpty();
		Tx rtx4090d = Tx.h100().item("RTX 4090D", "GeForce RTX 4090 D", "NVIDIA").eccn(null).performance(null, null);
		assertThat(screen(rtx4090d.to("CN"), POST)).isEmpty();
	}

	@Test
	void caseByCaseNoteFrom2026ForChipsUnder21000Tpp() {
		Tx h200 = Tx.h100().item("H200-SXM-141G", "NVIDIA H200 SXM 141GB", "NVIDIA").eccn(null).performance(null, null).to("CN");
		assertThat(screen(h200.ordered("2026-01-15"), POST)).singleElement().satisfies((hit) -> {
			assertThat(hit.severity()).isEqualTo(Severity.HOLD);
			assertThat(hit.reason()).contains("case by case").contains("91 FR 1684");
		});
		assertThat(screen(h200.ordered("2026-01-14"), POST).get(0).reason()).doesNotContain("case by case");
		Tx b200 = Tx.h100().item("B200", "NVIDIA B200", "NVIDIA").eccn(null).performance(null, null).to("CN");
		assertThat(screen(b200.ordered("2026-02-01"), POST).get(0).reason()).doesNotContain("case by case");
	}

	@Test
	void derivesTheEccnWhenTheRowLeavesItBlank() {
		List<Hit> hits = screen(Tx.h100().eccn(null).performance("4800", null).to("RU"), POST);
		assertThat(hits).singleElement().satisfies((hit) -> assertThat(hit.evidence())
			.contains("item 3A090.a (derived from row TPP/PD), TPP 4,800/unit"));
		assertThat(screen(Tx.h100().eccn(null).performance("4799", "1.0").to("RU"), POST)).isEmpty();
	}

	@Test
	void aDeclaredEccnWithoutItsParagraphIsReadStrictly() {
		Tx vague = Tx.h100().eccn("3A090").performance(null, null).item("X-1", "Accelerator", "Acme");
		assertThat(rules(screen(vague.to("CN"), POST))).containsExactly("DEST-D5");
		assertThat(rules(screen(vague.to("PT"), PolicyFixtures.policy("ai-diffusion-2025")))).containsExactly("TIER-2-LICENCE");
		// ACA is only for some paragraphs: without the paragraph it cannot be shown to apply.
		assertThat(screen(vague.to("VN").exception("ACA"), POST)).singleElement()
			.satisfies((hit) -> assertThat(hit.severity()).isEqualTo(Severity.HOLD));
	}

	@Test
	void acaOnlyExistsFromApril2024() {
		Tx rtx = Tx.h100().item("RTX4090-24G", "GeForce RTX 4090 gaming graphics card", "NVIDIA").eccn(null)
			.performance(null, null).to("VN").exception("ACA");
		assertThat(screen(rtx.ordered("2024-04-03"), AC2023)).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("DEST-D1-D4");
			assertThat(hit.reason()).endsWith("licence exception ACA only exists from 2024-04-04.");
		});
		assertThat(rules(screen(rtx.ordered("2024-04-04"), AC2023))).containsExactly("LICENCE-EXCEPTION");
		// Before the split, NAC covered D:1/D:4 destinations, with notification.
		assertThat(screen(rtx.exception("NAC").ordered("2024-01-10"), AC2023)).singleElement()
			.satisfies((hit) -> assertThat(hit.severity()).isEqualTo(Severity.REVIEW));
	}

}
