package io.shipscreen.parties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names written in Arabic script or Hangul against lists that give only a Latin spelling, in
 * whichever romanisation the list chose: French-style Maghreb spellings, Egyptian "g", compounds
 * written joined or apart (Abu, al-Din, Allah), particles, Pashto letters, translated organisation
 * names (in either of their translations), names the list writes with an acronym, Korean family names.
 */
class CrossScriptMatchingTest {

	private final NameNormalizer normalizer = new NameNormalizer();

	private final PartyMatcher matcher = MatcherFixture.over(this.normalizer,
			Entries.entity(SourceList.UN, "m1", "MOULOUD BOUCHAREB"),
			Entries.entity(SourceList.UN, "m2", "BELGACEM BEN YOUSSEF LOUNICI"),
			Entries.entity(SourceList.SDN, "e1", "GAMAL RAGAB HASSAN"),
			Entries.entity(SourceList.UN, "a1", "ABDELKADER OULD SIDI"),
			Entries.entity(SourceList.SDN, "p1", "HAMIDI, Reza"),
			Entries.entity(SourceList.SDN, "o1", "SYRIAN ISLAMIC FRONT"),
			Entries.entity(SourceList.SDN, "k1", "PARK Sang Chol"),
			Entries.entity(SourceList.SDN, "k2", "KIM Sung Ho"),
			Entries.entity(SourceList.UN, "z1", "MUHAMMAD OMAR ZADRAN"),
			Entries.entity(SourceList.UN, "b1", "ABU BAKR AL-BAGHDADI"),
			Entries.entity(SourceList.UN, "n1", "NOORUDDIN TURABI"),
			Entries.entity(SourceList.UN, "w1", "NAZIRULLAH HANAFI WALIULLAH"),
			Entries.entity(SourceList.UN, "t1", "TUNISIAN COMBATANT GROUP"),
			Entries.entity(SourceList.UN, "h1", "HAQQANI NETWORK (HQN)"),
			Entries.entity(SourceList.UN, "k3", "NAMCHONGANG TRADING CORPORATION"),
			Entries.entity(SourceList.UN, "k4", "NAM CHOL SONG"),
			Entries.entity(SourceList.UN, "j1", "JABHAT AL-NUSRAH"),
			Entries.entity(SourceList.UN, "j2", "JAMA'AT AL-TAWHID WAL-JIHAD"));

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			مولود بوشارب                 | m1
			بلقاسم بن يوسف لونيسي         | m2
			جمال رجب حسن                 | e1
			عبد القادر ولد سيدي           | a1
			عبدالقادر ولد سيدي            | a1
			الجبهة الاسلامية السورية      | o1
			박상철                        | k1
			김성호                        | k2
			محمد عمر ځدران                | z1
			أبوبكر البغدادي               | b1
			نورالدین ترابی                | n1
			نذیر الله حنفى ولى الله        | w1
			الجماعة التونسية المقاتلة      | t1
			شبکه حقانی                   | h1
			남천강무역회사                 | k3
			جبهة النصرة                   | j1
			جماعة التوحيد والجهاد          | j2
			""")
	void findsTheLatinSpellingTheListChose(String written, String id) {
		MatcherFixture.assertBestMatch(this.matcher, written, id);
	}

	@Test
	void aListedNameIsAlsoReadWithoutTheAcronymItEndsWith() {
		assertThat(CandidateIndex.withoutAcronym("HAQQANI NETWORK (HQN)")).isEqualTo("HAQQANI NETWORK");
		assertThat(CandidateIndex.withoutAcronym("AL-ITIHAAD AL-ISLAMIYA / AIAI")).isEqualTo("AL-ITIHAAD AL-ISLAMIYA");
		assertThat(CandidateIndex.withoutAcronym("China Electronics Technology Group Corporation 13th Research Institute (CETC 13)"))
			.isEqualTo("China Electronics Technology Group Corporation 13th Research Institute");
		// A place in brackets is part of the name.
		assertThat(CandidateIndex.withoutAcronym("Cambricon (Hong Kong) Co., Ltd.")).isNull();
		assertThat(CandidateIndex.withoutAcronym("SMIC (SHANGHAI)")).isNull();
		assertThat(this.matcher.match("Haqqani Network").get(0).score()).isGreaterThanOrEqualTo(0.86);
		// The name with another acronym still names the listed network.
		assertThat(this.matcher.match("Haqqani Network (HQX)").get(0).score()).isGreaterThanOrEqualTo(0.86);
	}

	@Test
	void aDifferentNameWithTheSameConsonantsIsNotAHit() {
		// احمدی is Ahmadi: it starts with a vowel, the listed Hamidi does not.
		assertThat(this.matcher.match("رضا احمدی")).allSatisfy((m) -> assertThat(m.score()).isLessThan(0.86));
		assertThat(this.matcher.match("رضا حمیدی").get(0).score()).isGreaterThanOrEqualTo(0.86);
	}

	@Test
	void spellsArabicScriptWordsByTheirSoundsAsTheListsRomaniseThem() {
		ArabicRomanisation arabic = this.normalizer.arabic();

		// Djamel (French), Jamal (English) and Gamal (Egyptian) are one name, جمال.
		assertThat(arabic.keys(arabic.spell("جمال"))).contains(arabic.latinKeys("djamel").get(0),
				arabic.latinKeys("jamal").get(0), arabic.latinKeys("gamal").get(0));
		// ق is q, k or g: Belgacem, Belkacem, Belqasim.
		assertThat(arabic.keys(arabic.spell("بلقاسم"))).contains(arabic.latinKeys("belgacem").get(0),
				arabic.latinKeys("belkacem").get(0), arabic.latinKeys("belqasim").get(0));
		// A final ya is written: Hosseini is not Hossein.
		assertThat(arabic.keys(arabic.spell("حسيني"))).contains(arabic.latinKeys("husseini").get(0))
			.doesNotContain(arabic.latinKeys("hussein").get(0));
	}

}
