package io.shipscreen.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The review round trip on the embedded default database (H2 in MySQL mode). */
@SpringBootTest(properties = { "shipscreen.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:review;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
		// the Entity List extract is all these scenarios match against: a quicker start
		"lists=config/lists/entity-list-ai-extract.csv" })
class H2ReviewRoundTripTests extends ReviewRoundTripScenarios {

	@DynamicPropertySource
	static void files(DynamicPropertyRegistry registry) {
		goodGuyList(registry);
	}

	/** A good-guy list and review folder of the test's own, never config/lists/cleared.csv. */
	static void goodGuyList(DynamicPropertyRegistry registry) {
		try {
			var dir = Files.createTempDirectory("shipscreen-review");
			registry.add("shipscreen.parties.cleared-file", () -> dir.resolve("cleared.csv").toString());
			registry.add("shipscreen.review.folder", () -> dir.resolve("reviews").toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
