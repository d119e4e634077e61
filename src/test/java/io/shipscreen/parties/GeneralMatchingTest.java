package io.shipscreen.parties;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kinds of names a fixture-tuned matcher misses: legal forms in other languages and scripts,
 * registered Chinese names, Korean and Arabic-script names, words run together or split, and
 * the near-miss that shares the generic words but not the distinctive one.
 */
class GeneralMatchingTest {

	private final NameNormalizer normalizer = new NameNormalizer();

	private final PartyMatcher matcher = MatcherFixture.over(this.normalizer,
			Entries.huawei(),
			Entries.entity(SourceList.EL, "smic", "Semiconductor Manufacturing International Corporation", "SMIC"),
			Entries.entity(SourceList.EL, "ymtc", "Yangtze Memory Technologies Co.", "YMTC"),
			Entries.entity(SourceList.EL, "dalian", "Huawei Cloud Dalian"),
			Entries.entity(SourceList.SDN, "9345", "KOREA MINING DEVELOPMENT TRADING CORPORATION"),
			Entries.entity(SourceList.SDN, "21734", "PAK, Il-Kyu"),
			Entries.entity(SourceList.SDN, "25578", "BANK MELLI IRAN"),
			Entries.entity(SourceList.UN, "IQi.041", "TAHIR JALIL HABBUSH AL-TIKRITI"),
			Entries.entity(SourceList.SDN, "t1", "MULTIMAT IC VE DIS TICARET PAZARLAMA LIMITED SIRKETI"),
			Entries.entity(SourceList.SDN, "t2", "PETROPARS INTERNATIONAL FZE"),
			Entries.entity(SourceList.SDN, "t3", "LIMITED LIABILITY COMPANY SPUTNIK ELECTRONICS"));

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ltd. Şti.                                    | LTD
			Anonim Şirketi                               | JSC
			Kft.                                         | LLC
			Zártkörűen Működő Részvénytársaság           | JSC
			Sendirian Berhad                             | LTD
			Free Zone Establishment                      | LLC
			FZ-LLC                                       | LLC
			W.L.L.                                       | LLC
			Общество с ограниченной ответственностью     | LLC
			ПАО                                          | JSC
			股份有限公司                                   | JSC
			有限责任公司                                   | LLC
			주식회사                                       | LTD
			""")
	void recognisesLegalFormsAcrossLanguagesAndScripts(String form, String kind) {
		NormalizedName name = this.normalizer.normalize("Example " + form);
		assertThat(name.primary().tokens()).as(form).containsExactly("example");
		assertThat(name.legalForms()).containsExactly(kind);
	}

	@Test
	void setsAsideAMisspeltOrSplitLegalForm() {
		assertThat(this.normalizer.normalize("LIMITED LIABILTY COMPANY SPUTNIK").primary().tokens()).containsExactly("sputnik");
		assertThat(this.normalizer.normalize("LIMITED LIAB ILITY COMPANY SPUTNIK").primary().tokens())
			.containsExactly("sputnik");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			MULTIMAT IC VE DIS TICARET PAZARLAMA LTD. STI.   | t1
			Petropars International Free Zone Establishment  | t2
			ООО Спутник Электроникс                          | t3
			中芯国际有限公司                                    | smic
			长江存储科技有限责任公司                             | ymtc
			华为技术有限公司                                    | 3225cb89eac6
			ファーウェイ・テクノロジーズ                          | 3225cb89eac6
			조선광업개발무역회사                                 | 9345
			박일규                                            | 21734
			بانک ملی ایران                                     | 25578
			طاهر جليل حبوش التكريتي                             | IQi.041
			Huawei Techno logies                             | 3225cb89eac6
			""")
	void findsTheEntryAsACustomerWouldWriteIt(String written, String id) {
		List<NameMatch> matches = this.matcher.match(written);
		assertThat(matches).as(written).isNotEmpty();
		assertThat(matches.get(0).entry().id()).as(written).isEqualTo(id);
		assertThat(matches.get(0).score()).as(written + " " + matches.get(0).matchedTokens()).isGreaterThanOrEqualTo(0.86);
	}

	@Test
	void aNameOneSyllableOffInItsDistinctiveWordIsNotAHit() {
		assertThat(best("Huawei Cloud Dalian").score()).isEqualTo(1.0);
		NameMatch nearMiss = best("Huawei Cloud Dagaan");
		assertThat(nearMiss.score()).isLessThan(0.86);
		assertThat(nearMiss.matchedTokens()).anySatisfy((t) -> assertThat(t).contains("distinctive word 'dalian'"));
		// A typo in it still is.
		assertThat(best("Huawei Cloud Dailan").score()).isGreaterThanOrEqualTo(0.86);
		assertThat(best("Huawei Cloud Dallian").score()).isGreaterThanOrEqualTo(0.86);
	}

	@Test
	void comparesKoreanRomanisationsByTheirFoldedConsonants() {
		assertThat(TokenSimilarity.of("gyu", "kyu", TokenOrigin.HANGUL)).isEqualTo(0.95);
		assertThat(TokenSimilarity.of("dong", "tong", TokenOrigin.HANGUL)).isEqualTo(0.95);
		assertThat(TokenSimilarity.of("gyu", "kyu", TokenOrigin.LATIN)).isLessThan(0.8);
	}

	private NameMatch best(String name) {
		List<NameMatch> matches = this.matcher.match(name);
		assertThat(matches).as("matches for %s", name).isNotEmpty();
		return matches.get(0);
	}

}
