package io.shipscreen.parties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese registered names of listed companies as a customer writes them on an order: the brand
 * read as the list's English name and as pinyin (the lists give both), the pinyin of words ICU
 * misreads (成都 is Chengdu, not "Chengdou"), 市 (city) left out as the lists do, and a brand the
 * lists write both spelt out and as an acronym (中芯国际: Semiconductor Manufacturing International, SMIC).
 */
class ChineseNamesTest {

	private final NameNormalizer normalizer = new NameNormalizer();

	private final PartyMatcher matcher = MatcherFixture.over(this.normalizer,
			Entries.entity(SourceList.EL, "s1", "Sugon", "Dawning", "Zhongke Shuguang"),
			Entries.entity(SourceList.EL, "h1", "Chengdu Haiguang Integrated Circuit", "Hygon"),
			Entries.entity(SourceList.EL, "st", "Beijing SenseTime Technology Development Co., Ltd."),
			Entries.entity(SourceList.EL, "cj", "Changjiang Computing Technology Co., Ltd."),
			Entries.entity(SourceList.EL, "sm", "Semiconductor Manufacturing International Corporation", "SMIC"),
			Entries.entity(SourceList.EL, "sh", "SMIC Holdings Limited"));

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			中科曙光                       | s1
			成都海光集成电路设计有限公司      | h1
			北京市商汤科技开发有限公司        | st
			长江计算科技有限公司             | cj
			中芯国际                       | sm
			中芯国际控股有限公司             | sh
			""")
	void findsTheRegisteredChineseNameOfAListedCompany(String written, String id) {
		MatcherFixture.assertBestMatch(this.matcher, written, id);
	}

	@Test
	void anotherCompanyInTheSameCityAndTradeIsNotAHit() {
		// 海天 (Haitian) is not 海光 (Haiguang): same city, same trade, another company.
		assertThat(this.matcher.match("成都海天集成电路设计有限公司"))
			.allSatisfy((m) -> assertThat(m.score()).as(m.asListed()).isLessThan(0.86));
	}

}
