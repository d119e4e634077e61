package io.shipscreen.parties;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the matcher finds, and what it must not. */
class PartyMatcherTest {

	private final NameNormalizer normalizer = new NameNormalizer();

	private final PartyMatcher matcher = new PartyMatcher(this.normalizer,
			CandidateIndex.build(List.of(Entries.huawei(), Entries.mikron(), Entries.atlas(),
					Entries.entity(SourceList.SDN, "11420", "11420 CORP."),
					Entries.entity(SourceList.EL, "sugon", "Sugon", "Dawning Information Industry"),
					Entries.entity(SourceList.UN, "QDe.004", "AL-QAIDA", "The Base"),
					Entries.entity(SourceList.SDN, "9647", "MADURO MOROS, Nicolas")), this.normalizer),
			0.75, 25, 1000);

	@Test
	void findsAnAliasAsListedWithItsEntry() {
		NameMatch match = best("HUAWEI TECH INVESTMENT CO");

		assertThat(match.entry().name()).isEqualTo("Huawei Technologies Co., Ltd.");
		assertThat(match.asListed()).isEqualTo("Huawei Tech. Investment Co.");
		assertThat(match.alias()).isTrue();
		assertThat(match.score()).isEqualTo(1.0);
		assertThat(match.matchedTokens()).containsExactly("huawei", "technology", "investment");
	}

	@Test
	void ignoresWordOrderAndLegalFormsAcrossLanguages() {
		assertThat(best("Nicolas Maduro Moros").entry().key()).isEqualTo("SDN:9647");
		assertThat(best("Mikron JSC").entry().key()).isEqualTo("SDN:35936");
		assertThat(best("Mikron OAO").score()).isEqualTo(1.0);
	}

	@Test
	void findsNamesWrittenInOtherScripts() {
		NameMatch cyrillic = best("АО «Микрон»");
		NameMatch chinese = best("华为技术有限公司");

		assertThat(cyrillic.entry().key()).isEqualTo("SDN:35936");
		assertThat(cyrillic.transliteration()).isEqualTo("Russian-Latin/BGN");
		assertThat(chinese.entry().key()).isEqualTo("EL:3225cb89eac6");
		assertThat(chinese.transliteration()).startsWith("Han-Latin (pinyin)");
		assertThat(chinese.score()).isGreaterThan(0.9);
	}

	@Test
	void findsJoinedAndSplitWordsAndTypos() {
		assertThat(best("Hua Wei Technologies").entry().key()).isEqualTo("EL:3225cb89eac6");
		assertThat(best("Hua Wei Technologies").matchedTokens()).contains("hua+wei~huawei (1.00)");
		assertThat(best("Al Qaida").entry().key()).isEqualTo("UN:QDe.004");
		assertThat(best("Huawie Technologies").score()).isGreaterThan(0.9);
		assertThat(best("Atlas Sanatgaaran").entry().key()).isEqualTo("UVL:1b5979e8fd39");
	}

	@Test
	void rareTokensCountForMoreThanCommonOnes() {
		// "Technologies" alone is no evidence of Huawei; "Huawei" alone is.
		assertThat(this.matcher.match("Shenzhen Technologies")).allSatisfy((m) -> assertThat(m.score()).isLessThan(0.86));
		assertThat(best("Huawei").score()).isGreaterThan(0.86);
	}

	@Test
	void numbersMatchOnlyThemselves() {
		// moov-io/watchman#483: "BELLETECH CORP" scored 100% against "11420 CORP."
		assertThat(this.matcher.match("BELLETECH CORP")).isEmpty();
		assertThat(this.matcher.match("11421 Corp")).isEmpty();
		assertThat(best("11420 Corporation").entry().key()).isEqualTo("SDN:11420");
	}

	@Test
	void findsNothingForUnrelatedNames() {
		assertThat(this.matcher.match("Siemens Aktiengesellschaft")).isEmpty();
		assertThat(this.matcher.match("Robert Bosch GmbH")).isEmpty();
		assertThat(this.matcher.match("")).isEmpty();
	}

	@Test
	void answersRepeatedNamesFromItsCache() {
		List<NameMatch> first = this.matcher.match("Huawei Tech. Investment Co.");

		assertThat(this.matcher.match("Huawei Tech. Investment Co.")).isSameAs(first);
		assertThat(this.matcher.match("HUAWEI TECH INVESTMENT CO")).isSameAs(first);
	}

	@Test
	void givesTwoThreadsTheSameAnswers() throws Exception {
		List<String> names = List.of("Huawei Tech Investment", "АО Микрон", "Nicolas Maduro", "Atlas Sanatgaaran",
				"Robert Bosch GmbH", "华为技术有限公司", "Dawning Information Industries", "Al Qaida");
		java.util.concurrent.Callable<List<String>> screenAll = () -> names.stream()
			.map((name) -> this.matcher.matchUncached(name).stream().map((m) -> m.entry().key() + " " + m.score()).toList()
				.toString())
			.toList();
		List<String> alone = screenAll.call();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<List<String>>> runs = new java.util.ArrayList<>();
			for (int i = 0; i < 20; i++) {
				runs.add(pool.submit(screenAll));
			}
			for (java.util.concurrent.Future<List<String>> run : runs) {
				assertThat(run.get()).isEqualTo(alone);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private NameMatch best(String name) {
		List<NameMatch> matches = this.matcher.match(name);
		assertThat(matches).as("matches for %s", name).isNotEmpty();
		return matches.get(0);
	}

}
