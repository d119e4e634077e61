package io.shipscreen.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.shipscreen.report.ReviewDecision;
import io.shipscreen.testdata.WorkbookFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of review import that need no database. */
class ReviewRulesTests {

	@TempDir
	Path dir;

	@Test
	void aDecisionIsRecognisedHoweverTheReviewerTypedIt() {
		assertThat(ReviewDecision.parse(" false positive ")).contains(ReviewDecision.FALSE_POSITIVE);
		assertThat(ReviewDecision.parse("CONFIRM_HOLD")).contains(ReviewDecision.CONFIRM_HOLD);
		assertThat(ReviewDecision.parse("Confirm-Hold")).contains(ReviewDecision.CONFIRM_HOLD);
		assertThat(ReviewDecision.parse("release")).contains(ReviewDecision.RELEASE);
		assertThat(ReviewDecision.parse("APPROVE")).isEmpty();
		assertThat(ReviewDecision.parse("")).isEmpty();
	}

	@Test
	void aWorkbookWithoutAFlaggedSheetIsRefusedWhole() throws IOException {
		Path file = WorkbookFixture.sheet("Transactions", "transaction_id").writeTo(this.dir.resolve("orders.xlsx"));

		assertThatThrownBy(() -> ReviewWorkbookReader.read(file.toFile())).isInstanceOf(ReviewFileException.class)
			.hasMessage("orders.xlsx: no 'Flagged' sheet: not a flagged workbook of shipscreen");
	}

	@Test
	void aFlaggedSheetWithoutTheRunColumnIsRefusedWhole() throws IOException {
		Path file = WorkbookFixture.sheet("Flagged", "Transaction ID", "Decision", "Reviewer decision", "Reviewer",
				"Reviewer note").writeTo(this.dir.resolve("old.xlsx"));

		assertThatThrownBy(() -> ReviewWorkbookReader.read(file.toFile())).isInstanceOf(ReviewFileException.class)
			.hasMessageContaining("sheet 'Flagged' has no column 'Run'");
	}

	@Test
	void aFileThatIsNotAWorkbookIsRefusedWhole() throws IOException {
		Path file = Files.writeString(this.dir.resolve("notes.xlsx"), "decisions in a text file");

		assertThatThrownBy(() -> ReviewWorkbookReader.read(file.toFile())).isInstanceOf(ReviewFileException.class)
			.hasMessageStartingWith("notes.xlsx: cannot be read");
	}

	/** Decisions are append-only: no code path may update or delete a review table's rows. */
	@Test
	void noCodeUpdatesOrDeletesReviewRows() throws IOException {
		Pattern mutation = Pattern.compile("(?i)(UPDATE\\s+review_|DELETE\\s+FROM\\s+review_|TRUNCATE\\s+(TABLE\\s+)?review_"
				+ "|DROP\\s+TABLE\\s+review_)");
		try (Stream<Path> sources = Files.walk(Path.of("src/main"))) {
			assertThat(sources.filter(Files::isRegularFile)
				.filter((file) -> file.toString().endsWith(".java") || file.toString().endsWith(".sql"))
				.filter((file) -> {
					try {
						return mutation.matcher(Files.readString(file)).find();
					}
					catch (IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				})
				.map(Path::toString)).isEmpty();
		}
	}

}
