package io.shipscreen.parties;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression floors on the labelled sets, looser than the targets that {@code evaluate}
 * reports (recall >= 99 % treated, false positives <= 0.5 %, cross-script >= 90 %), and on a
 * 2,000-name slice of each negative set to keep the test quick. No timing here: speed is in
 * the {@code evaluate} report.
 */
class MatcherEvaluationTest {

	@Test
	void staysAboveTheQualityFloorsOnTheLabelledSets() {
		NameNormalizer normalizer = new NameNormalizer();
		PartyListSnapshot lists = new PartyListLoader().load(List.of(Path.of("config/lists")));
		MatcherEvaluation evaluation = new MatcherEvaluation(normalizer, Path.of("src/test/resources/eval"));

		MatcherEvaluation.Report report = evaluation.run(lists.entries(), 0.86, 25, 2_000, false);

		assertThat(report.untreated().rate(0.86)).isGreaterThanOrEqualTo(0.99);
		assertThat(report.treated().rate(0.86)).isGreaterThanOrEqualTo(0.98);
		assertThat(report.negativesGlobal().rate(0.86)).isLessThanOrEqualTo(0.01);
		assertThat(report.negativesUs().rate(0.86)).isLessThanOrEqualTo(0.01);
		assertThat(report.crossScript().rate(0.86)).isGreaterThanOrEqualTo(0.85);
	}

	@Test
	void scoresPairsTheWayTheFixturesExpect() {
		MatcherEvaluation evaluation = new MatcherEvaluation(new NameNormalizer(), Path.of("src/test/resources/eval"));

		assertThat(evaluation.pairScore("VLADIMIR PUTIN", "PUTIN, Vladimir Vladimirovich")).isGreaterThan(0.9);
		assertThat(evaluation.pairScore("Владимир Путин", "Vladimir Putin")).isGreaterThan(0.95);
		assertThat(evaluation.pairScore("VLADIMIR PUTIN", "VLADIMIR BILIY")).isLessThan(0.86);
	}

}
