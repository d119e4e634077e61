package io.shipscreen.parties;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The good-guy list as a file compliance staff can read and edit. */
class ClearedMatchesTest {

	private final NameNormalizer normalizer = new NameNormalizer();

	@TempDir
	Path temp;

	@Test
	void appendsDecisionsToADocumentedCsvFileThatTheNextRunReads() throws IOException {
		Path file = this.temp.resolve("cleared.csv");
		ListEntry atlas = Entries.atlas();
		new ClearedMatches(file, this.normalizer).add(new Clearance("Atlas Sanatgaran", atlas.key(), atlas.fingerprint(),
				"A. Reviewer", LocalDate.of(2026, 11, 30), "other company, Gyumri; see ticket 42"));

		assertThat(Files.readAllLines(file)).containsExactly(
				"party_name,entry_key,entry_fingerprint,reviewer,cleared_on,note",
				"Atlas Sanatgaran,UVL:1b5979e8fd39," + atlas.fingerprint()
						+ ",A. Reviewer,2026-11-30,\"other company, Gyumri; see ticket 42\"");
		ClearedMatches nextNight = new ClearedMatches(file, this.normalizer);
		assertThat(nextNight.lookup("ATLAS SANATGARAN", atlas)).isInstanceOf(ClearedMatches.Cleared.class);
		assertThat(nextNight.lookup("Atlas Trading", atlas)).isInstanceOf(ClearedMatches.NotCleared.class);
	}

	@Test
	void laterDecisionsForThePairReplaceEarlierOnes() {
		Path file = this.temp.resolve("cleared.csv");
		ListEntry atlas = Entries.atlas();
		ClearedMatches cleared = new ClearedMatches(file, this.normalizer);
		cleared.add(new Clearance("Atlas Sanatgaran", atlas.key(), "0000000000000000", "A. Reviewer",
				LocalDate.of(2026, 1, 5), "old"));
		cleared.add(new Clearance("Atlas Sanatgaran", atlas.key(), atlas.fingerprint(), "B. Reviewer",
				LocalDate.of(2026, 11, 30), "re-checked"));

		ClearedMatches.Lookup lookup = new ClearedMatches(file, this.normalizer).lookup("Atlas Sanatgaran", atlas);

		assertThat(lookup).isInstanceOfSatisfying(ClearedMatches.Cleared.class,
				(c) -> assertThat(c.clearance().reviewer()).isEqualTo("B. Reviewer"));
	}

	@Test
	void refusesAMalformedFileNamingLineAndReason() throws IOException {
		Path file = Files.writeString(this.temp.resolve("cleared.csv"),
				"party_name,entry_key,entry_fingerprint,reviewer,cleared_on,note\n"
						+ "Atlas Sanatgaran,UVL:1b5979e8fd39,abc,A. Reviewer,2026-11-30,ok\n"
						+ "Atlas Sanatgaran,UVL:1b5979e8fd39,abc,A. Reviewer,30.11.2026,bad date\n");

		assertThatThrownBy(() -> new ClearedMatches(file, this.normalizer)).isInstanceOf(ListFormatException.class)
			.hasMessage("cleared.csv line 3: cleared_on '30.11.2026' is not yyyy-MM-dd");
	}

}
