package io.shipscreen.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Part-number patterns find what each pattern alone finds, and report the first listed pattern's match. */
class PartPatternsTest {

	private static Pattern pattern(String regex) {
		return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
	}

	private final PartPatterns ascend = new PartPatterns(List.of(pattern("ascend\\s*-?\\s*9[12]0[a-z]?\\b"),
			pattern("atlas\\s*-?\\s*(800|900)\\b"), pattern("cloud\\s*matrix")));

	@Test
	void findsAnyListedPartInThePartNumberOrTheDescription() {
		assertThat(this.ascend.firstMatch("HW-ASCEND-910C", "accelerator module")).contains("ASCEND-910C");
		assertThat(this.ascend.firstMatch(null, "Atlas 900 pod")).contains("Atlas 900");
		assertThat(this.ascend.firstMatch("X1", "CloudMatrix 384 rack")).contains("CloudMatrix");
		assertThat(this.ascend.firstMatch("H100-SXM5", "GPU accelerator card, 80GB")).isEmpty();
		assertThat(this.ascend.firstMatch((String) null, null)).isEmpty();
	}

	@Test
	void reportsTheFirstListedPatternsMatchWhereSeveralMatch() {
		// the description names an Atlas system and its Ascend chips: the policy lists Ascend first
		assertThat(this.ascend.firstMatch("ATLAS-900", "with Ascend 910B")).contains("Ascend 910B");
	}

	@Test
	void patternsWithBackReferencesAreSearchedOneByOne() {
		PartPatterns repeated = new PartPatterns(List.of(pattern("zz(\\d)"), pattern("(ab)-\\1")));

		assertThat(repeated.firstMatch("part ab-ab")).contains("ab-ab");
		assertThat(repeated.firstMatch("part ab-cd")).isEmpty();
	}

	@Test
	void noPatternsFindNothing() {
		assertThat(PartPatterns.none().firstMatch("ASCEND 910B")).isEmpty();
	}

}
