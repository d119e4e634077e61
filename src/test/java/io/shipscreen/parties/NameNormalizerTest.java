package io.shipscreen.parties;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The normaliser and transliterator on names as the lists and order books write them. */
class NameNormalizerTest {

	private final NameNormalizer normalizer = new NameNormalizer();

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			// legal forms and their equivalents set aside; abbreviations and plurals as one word
			"Huawei Technologies Co., Ltd.                        | huawei technology",
			"Huawei Tech. Investment Co.                          | huawei technology investment",
			"Huawei International Co., Limited                    | huawei international",
			"JOINT STOCK COMPANY MIKRON                           | mikron",
			"AO Mikron                                            | mikron",
			"OAO Mikron                                           | mikron",
			"MIKROSAN OOO                                         | mikrosan",
			"Sophgo Technologies Pte. Ltd.                        | sophgo technology",
			"PETRONAS Sdn. Bhd.                                   | petronas",
			"Huawei Technologies Deutschland GmbH                 | huawei technology deutschland",
			"ANGLO-CARIBBEAN CO., LTD.                            | anglo caribbean",
			"BANCO NACIONAL DE CUBA S.A.                          | banco nacional de cuba",
			// a legal form inside the name (Entity List alias)
			"Huawei Technology Co., Ltd. Chengdu Research Institute | huawei technology chengdu research institute",
			// punctuation, &, apostrophes, accents, ordinals
			"Ningbo Huawei Computer & Net Co., Ltd.               | ningbo huawei computer net",
			"Cambricon (Xi'an) Integrated Circuit Co., Ltd.       | cambricon xian integrated circuit",
			"ESTÊVÃO NA MENA                                      | estevao na mena",
			"China Electronics Technology Group Corporation 13th Research Institute (CETC 13) | china electronics technology group 13 research institute cetc 13",
			"Suma-USI Electronics                                 | suma usi electronics",
			// word order is kept; matching is order-free
			"RIM, Ryong Nam                                       | rim ryong nam" })
	void normalisesLatinNames(String name, String tokens) {
		assertThat(this.normalizer.normalize(name).primary().key()).isEqualTo(tokens);
		assertThat(this.normalizer.normalize(name).primary().transliteration()).isNull();
	}

	@ParameterizedTest(name = "{0} -> {1} ({2})")
	@CsvSource(delimiter = '|', value = {
			// Han → pinyin, syllables joined the way the lists spell names
			"华为                     | huawei                                  | Han-Latin (pinyin)",
			"华为技术有限公司         | huawei technology                       | Han-Latin (pinyin)",
			"北京智谱华章科技有限公司 | beijing zhipu huazhang technology       | Han-Latin (pinyin)",
			"习近平                   | xi jinping                              | Han-Latin (pinyin)",
			// Cyrillic (BGN/PCGN), legal forms after transliteration
			"АО Микрон                | mikron                                  | Russian-Latin/BGN",
			"Владимир Путин           | vladimir putin                          | Russian-Latin/BGN",
			"ООО Мерлин               | merlin                                  | Russian-Latin/BGN",
			// Arabic: common names as usually spelled
			"محمد علي                 | mohammed ali                            | Arabic-Latin",
			// Hangul: family name as usually spelled, McCune-Reischauer vowels
			"김정은                   | kim jong un                             | Hangul-Latin",
			"Αλέξανδρος               | alexandros                              | Greek-Latin/UNGEGN" })
	void transliteratesOtherScripts(String name, String tokens, String transliteration) {
		NameForm form = this.normalizer.normalize(name).primary();
		assertThat(form.key()).isEqualTo(tokens);
		assertThat(form.transliteration()).startsWith(transliteration);
	}

	@Test
	void recordsTheLegalFormsItSetAside() {
		assertThat(this.normalizer.normalize("Huawei Technologies Co., Ltd.").legalForms()).containsExactly("LTD");
		assertThat(this.normalizer.normalize("Public Joint Stock Company Rostelecom").legalForms())
			.containsExactly("JSC");
		assertThat(this.normalizer.normalize("有限公司 Example").legalForms()).isNotEmpty();
	}

	@Test
	void readsCommonJapaneseNamesAsJapaneseBesidesPinyin() {
		List<NameForm> forms = this.normalizer.normalize("山田太郎").forms();

		assertThat(forms).extracting(NameForm::key).containsExactly("shantian tailang", "yamada taro");
	}

	@Test
	void keepsANameThatIsOnlyALegalForm() {
		assertThat(this.normalizer.normalize("Limited").primary().tokens()).containsExactly("limited");
	}

	@Test
	void marksTokensFromArabicScriptForComparisonBySound() {
		NameForm form = this.normalizer.normalize("محمد بن حمیدی").primary();

		// Names, known or spelt letter by letter, are compared by their sounds; particles as written.
		assertThat(form.tokens()).containsExactly("mohammed", "bin", "hmidi");
		assertThat(form.origins()).containsExactly(TokenOrigin.ABJAD, TokenOrigin.LATIN, TokenOrigin.ABJAD);
	}

}
