package io.shipscreen.parties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Token comparison, on Winkler's textbook pairs and on the lists' spelling variants. */
class TokenSimilarityTest {

	@ParameterizedTest(name = "{0} ~ {1} = {2}")
	@CsvSource({ "martha, marhta, 0.961", "dwayne, duane, 0.840", "dixon, dicksonx, 0.813", "abudl, abdul, 0.947",
			"jones, johnson, 0.832" })
	void jaroWinklerAsWinklerDefinedIt(String a, String b, double expected) {
		assertThat(TokenSimilarity.jaroWinkler(a, b)).isCloseTo(expected, within(0.001));
		assertThat(TokenSimilarity.jaroWinkler(a, b)).isCloseTo(TokenSimilarity.commonsJaroWinkler(a, b), within(0.001));
	}

	@Test
	void comparesAbjadTokensByTheirConsonants() {
		assertThat(TokenSimilarity.of("mhmd", "mohamed", TokenOrigin.ABJAD)).isGreaterThanOrEqualTo(0.9);
		assertThat(TokenSimilarity.of("mhmd", "mohamed", TokenOrigin.LATIN)).isLessThan(0.8);
	}

	@Test
	void pinyinSyllablesMatchOnlyExactly() {
		assertThat(TokenSimilarity.of("cheng", "chen", TokenOrigin.PINYIN)).isZero();
		assertThat(TokenSimilarity.of("cheng", "chen", TokenOrigin.LATIN)).isGreaterThan(0.9);
	}

	@Test
	void doubledLettersAreASpellingNotADifference() {
		assertThat(TokenSimilarity.of("hasan", "hassan", TokenOrigin.LATIN)).isEqualTo(0.95);
		assertThat(TokenSimilarity.of("yyu", "yu", TokenOrigin.LATIN)).isEqualTo(0.95);
	}

	@Test
	void aSwapOfNeighbouringLettersInAShortWordIsAlmostAMatch() {
		assertThat(TokenSimilarity.of("adb", "abd", TokenOrigin.LATIN)).isEqualTo(0.90);
		assertThat(TokenSimilarity.of("sko", "sok", TokenOrigin.LATIN)).isEqualTo(0.90);
		assertThat(TokenSimilarity.of("sko", "oks", TokenOrigin.LATIN)).isLessThan(0.8);
	}

	@Test
	void numbersAreEqualOrNothing() {
		assertThat(TokenSimilarity.of("11420", "11421", TokenOrigin.LATIN)).isZero();
		assertThat(TokenSimilarity.of("11420", "11420", TokenOrigin.LATIN)).isEqualTo(1.0);
	}

}
