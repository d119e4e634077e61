package io.shipscreen.parties;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.shipscreen.policy.PolicyFixtures;
import io.shipscreen.screening.Hit;
import io.shipscreen.screening.RestrictedPartyCheck;
import io.shipscreen.screening.ScreeningContext;
import io.shipscreen.shared.Severity;
import io.shipscreen.transaction.ExportTransaction;
import io.shipscreen.transaction.Party;
import io.shipscreen.transaction.PartyRole;
import io.shipscreen.transaction.SourceRef;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The party check on whole transactions: which hits, which severity, what a reviewer reads. */
class RestrictedPartyCheckTest {

	private static final ScreeningContext NIGHT = new ScreeningContext(1, LocalDate.of(2026, 12, 1),
			PolicyFixtures.policy("post-rescission-2025"));

	private final NameNormalizer normalizer = new NameNormalizer();

	@TempDir
	Path temp;

	@Test
	void holdsATier1ConsigneeWithAnEar99ItemBecauseOfThePartyAlone() {
		RestrictedPartyCheck check = check(List.of(Entries.huawei(), Entries.atlas()));
		ExportTransaction order = order(null, consignee("Huawei Tech. Investment Co.", "Am Seestern 24, Düsseldorf", "DE"),
				"EAR99");

		List<Hit> hits = check.check(order, NIGHT);

		assertThat(hits).hasSize(1);
		Hit hit = hits.get(0);
		assertThat(hit.ruleId()).isEqualTo("PARTY-EL");
		assertThat(hit.severity()).isEqualTo(Severity.HOLD);
		assertThat(hit.field()).isEqualTo("ultimate_consignee_name");
		assertThat(hit.reason()).isEqualTo("Ultimate consignee 'Huawei Tech. Investment Co.' matches Entity List entry "
				+ "'Huawei Technologies Co., Ltd.' (alias 'Huawei Tech. Investment Co.'), score 0.98; licence required "
				+ "for all items subject to the EAR, see §§ 734.9(e) and 744.11 of the EAR, presumption of denial.");
		assertThat(hit.evidence()).isEqualTo("Entity List (EL) entry 'Huawei Technologies Co., Ltd.', matched alias "
				+ "'Huawei Tech. Investment Co.'; id EL:3225cb89eac6 (fingerprint " + Entries.huawei().fingerprint()
				+ "); FR 84 FR 22964; 84 FR 43495; listed 2019-05-21; "
				+ "licence requirement: " + Entries.HUAWEI_REQUIREMENT + "; licence policy: Presumption of denial.; "
				+ "score 0.98 (name 1.00, country DE is not among the entry's CN (-0.02)); "
				+ "tokens huawei, technology, investment; transliteration none; list file entity-list-ai-extract.csv");
		assertThat(hit.citation()).isEqualTo("15 CFR 744 Supp. 4 (Entity List), 84 FR 22964");
		assertThat(hit.policyId()).isEqualTo(RestrictedPartyCheck.POLICY_ID);
	}

	@Test
	void screensEveryPartyAndSaysWhichTransliterationWasUsed() {
		RestrictedPartyCheck check = check(List.of(Entries.huawei(), Entries.mikron()));
		ExportTransaction order = order(new Party(PartyRole.PURCHASER, "АО «Микрон»", null, "RU"),
				consignee("Mikrotek Handels GmbH", null, "DE"), "5A992.c");

		List<Hit> hits = check.check(order, NIGHT);

		assertThat(hits).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("PARTY-SDN");
			assertThat(hit.severity()).isEqualTo(Severity.HOLD);
			assertThat(hit.field()).isEqualTo("purchaser_name");
			assertThat(hit.evidence()).contains("entry 'JOINT STOCK COMPANY MIKRON'", "id SDN:35936 (fingerprint ",
					"programs RUSSIA-EO14024",
					"country RU matches the entry (+0.03)", "transliteration Russian-Latin/BGN");
			assertThat(hit.reason()).endsWith("OFAC prohibits dealings with listed persons (hold).");
		});
	}

	@Test
	void aMatchToTheUnverifiedListNeedsReviewNotAHold() {
		RestrictedPartyCheck check = check(List.of(Entries.atlas()));

		List<Hit> hits = check.check(order(null, consignee("ATLAS SANATGARAN", "Komitas 26, Yerevan", "AM"), "EAR99"),
				NIGHT);

		assertThat(hits).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("PARTY-UVL");
			assertThat(hit.severity()).isEqualTo(Severity.REVIEW);
			assertThat(hit.evidence()).contains("country AM matches the entry", "address shares '");
		});
	}

	@Test
	void aWeakerFuzzyMatchToAHoldListNeedsReview() {
		RestrictedPartyCheck check = check(List.of(Entries.huawei()));

		List<Hit> hits = check.check(order(null, consignee("Huawai Tech Invesmant", null, "DE"), "EAR99"), NIGHT);

		assertThat(hits).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("PARTY-EL");
			assertThat(hit.severity()).isEqualTo(Severity.REVIEW);
			assertThat(hit.evidence()).contains("huawai~huawei (0.93)", "invesmant~investment (0.91)");
			assertThat(hit.reason()).contains("score 0.91");
		});
	}

	@Test
	void raisesNothingForPartiesNotListed() {
		RestrictedPartyCheck check = check(List.of(Entries.huawei(), Entries.mikron(), Entries.atlas()));

		assertThat(check.check(order(new Party(PartyRole.PURCHASER, "Siemens AG", null, "DE"),
				consignee("Robert Bosch GmbH", "Stuttgart", "DE"), "EAR99"), NIGHT)).isEmpty();
	}

	@Test
	void aClearedPairStaysClearedUnderAnySpelling() {
		ClearedMatches cleared = cleared();
		RestrictedPartyCheck check = check(List.of(Entries.atlas()), cleared);
		cleared.add(new Clearance("Atlas Sanatgaran", "UVL:1b5979e8fd39", Entries.atlas().fingerprint(), "A. Reviewer",
				LocalDate.of(2026, 11, 30), "different company, Atlas Sanatgaran LLC of Gyumri"));

		List<Hit> hits = check.check(order(null, consignee("ATLAS SANATGARAN", null, "AM"), "EAR99"), NIGHT);

		assertThat(hits).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("PARTY-CLEARED");
			assertThat(hit.severity()).isEqualTo(Severity.INFO);
			assertThat(hit.evidence()).endsWith(
					"; cleared by A. Reviewer on 2026-11-30 (different company, Atlas Sanatgaran LLC of Gyumri)");
		});
	}

	@Test
	void aClearedPairIsReopenedWhenTheListEntryChanges() {
		ClearedMatches cleared = cleared();
		cleared.add(new Clearance("Atlas Sanatgaran", "UVL:1b5979e8fd39", Entries.atlas().fingerprint(), "A. Reviewer",
				LocalDate.of(2026, 11, 30), "different company"));
		ListEntry amended = new ListEntry(SourceList.UVL, "1b5979e8fd39", "Atlas Sanatgaran", List.of("Atlas Co."),
				Entries.atlas().type(), List.of("Komitas 26/114, Yerevan, Armenia, AM", "Gyumri, AM"), Set.of("AM"), null,
				null, null, null, null, "csl.csv");
		RestrictedPartyCheck check = check(List.of(amended), cleared);

		List<Hit> hits = check.check(order(null, consignee("Atlas Sanatgaran", null, "AM"), "EAR99"), NIGHT);

		assertThat(hits).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("PARTY-UVL");
			assertThat(hit.severity()).isEqualTo(Severity.REVIEW);
			assertThat(hit.evidence()).endsWith(
					"; cleared by A. Reviewer on 2026-11-30, re-opened because the list entry has changed since");
		});
	}

	private RestrictedPartyCheck check(List<ListEntry> entries) {
		return check(entries, cleared());
	}

	private RestrictedPartyCheck check(List<ListEntry> entries, ClearedMatches cleared) {
		PartiesProperties properties = properties();
		PartyMatcher matcher = new PartyMatcher(this.normalizer, CandidateIndex.build(entries, this.normalizer),
				properties.lowestThreshold() - 0.05, 25, 1000);
		return new RestrictedPartyCheck(matcher, cleared, properties, new PartyListSnapshot(List.of(), entries));
	}

	private ClearedMatches cleared() {
		return new ClearedMatches(properties(), this.normalizer);
	}

	private PartiesProperties properties() {
		return new PartiesProperties(List.of("config/lists"), this.temp.resolve("cleared.csv").toString(), 0.86, 0.92,
				Map.of(), 25, 1000, 3);
	}

	private static Party consignee(String name, String address, String country) {
		return new Party(PartyRole.ULTIMATE_CONSIGNEE, name, address, country);
	}

	private static ExportTransaction order(Party purchaser, Party consignee, String eccn) {
		return new ExportTransaction(SourceRef.ofRow("orders.xlsx", 2), "TX-1", LocalDate.of(2026, 11, 30), "Acme Inc.",
				"CAB-100", "Network cable", "Acme", eccn, 10, new BigDecimal("12.50"), null, null, purchaser, null,
				consignee, null, null, null, consignee.country(), null, null, null, null, Map.of());
	}

}
