package io.shipscreen.parties;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;

/**
 * The matcher's measured quality and speed, printed and written to
 * {@code target/matcher-evaluation.txt}: the name cases by kind (tuning part; the held-out part
 * only with {@code -Dshipscreen.evaluate.heldout=true}), the UN positives and the 50,000-name
 * negative sets, cross-script and OFAC pairs, speed per name. Not a test: it asserts nothing and
 * runs only when asked, {@code mvn -q test -Dtest=MatcherEvaluationReport -Dshipscreen.evaluate=true}
 * (see docs/party-screening.md).
 */
@EnabledIfSystemProperty(named = "shipscreen.evaluate", matches = "true")
class MatcherEvaluationReport {

	@Test
	void report() throws IOException {
		PartiesProperties properties = properties();
		NameNormalizer normalizer = new NameNormalizer();
		PartyListSnapshot lists = new PartyListLoader().load(List.of(Path.of("config/lists")));
		StringBuilder out = new StringBuilder();

		NameCaseEvaluation cases = new NameCaseEvaluation(normalizer, properties::reviewThreshold);
		List<NameCaseEvaluation.Outcome> outcomes = cases.run(lists.entries(),
				NameCaseEvaluation.read(Path.of("src/test/resources/eval/shipscreen/cases.csv")),
				properties.maxCandidates());
		out.append(NameCaseEvaluation.format(outcomes, "tuning"));
		if (Boolean.getBoolean("shipscreen.evaluate.heldout")) {
			out.append(NameCaseEvaluation.format(outcomes, "held-out"));
		}
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/matcher-evaluation-errors.tsv"), NameCaseEvaluation.errors(outcomes),
				StandardCharsets.UTF_8);

		if (!Boolean.getBoolean("shipscreen.evaluate.casesonly")) {
			MatcherEvaluation evaluation = new MatcherEvaluation(normalizer, Path.of("src/test/resources/eval"));
			out.append(evaluation.run(lists.entries(), properties.reviewThreshold(), properties.maxCandidates()).format());
		}
		System.out.print(out);
		Files.writeString(Path.of("target/matcher-evaluation.txt"), out, StandardCharsets.UTF_8);
	}

	/** The shipped settings, as application.yml sets them. */
	static PartiesProperties properties() throws IOException {
		var sources = new YamlPropertySourceLoader().load("application",
				new FileSystemResource("src/main/resources/application.yml"));
		return new Binder(ConfigurationPropertySources.from(sources)).bind("shipscreen.parties", PartiesProperties.class)
			.get();
	}

}
