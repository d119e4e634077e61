package io.shipscreen.parties;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.shipscreen.support.ListServer;
import io.shipscreen.support.ListServer.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code lists refresh} against a publisher on 127.0.0.1: a good download is installed and the
 * old file kept aside; every kind of bad download is refused with one line, and the installed
 * list stays exactly as it was.
 */
class ListRefresherTest {

	private static final Clock DEC_1 = Clock.fixed(Instant.parse("2026-12-01T05:00:00Z"), ZoneOffset.UTC);

	/** An installed SDN file of {@code n} entries. */
	static String sdn(int n) {
		return IntStream.rangeClosed(1, n)
			.mapToObj((i) -> (1000 + i) + ",\"LISTED COMPANY NUMBER " + i + " LTD\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,"
					+ "-0- ,-0- ,-0- \r\n")
			.collect(Collectors.joining()) + "\u001a";
	}

	static final String CSL_HEADER = "source,name,alt_names,addresses\n";

	@TempDir
	Path temp;

	private Path lists;

	private Path installed;

	private String installedText;

	private ListServer server;

	@BeforeEach
	void installedSdn() throws IOException {
		this.lists = Files.createDirectories(this.temp.resolve("lists"));
		this.installedText = sdn(10);
		this.installed = Files.writeString(this.lists.resolve("ofac_sdn_2026-11-30.csv"), this.installedText);
		this.server = new ListServer();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private ListRefresher refresher(Duration timeout) {
		return new ListRefresher(new PartyListLoader(), properties(Map.of(), timeout), DEC_1);
	}

	static ListRefreshProperties properties(Map<String, ListRefreshProperties.Source> sources, Duration timeout) {
		return new ListRefreshProperties(new LinkedHashMap<>(sources), false, Duration.ofDays(7), Map.of(),
				ListRefreshProperties.Stale.WARN, 0.2, timeout);
	}

	private ListRefresher.Outcome refresh(String path, Answer answer) {
		this.server.answer(path, answer);
		return refresher(Duration.ofSeconds(10)).refreshFrom(this.server.url(path), this.lists);
	}

	@Test
	void aGoodDownloadIsInstalledUnderItsDownloadDateAndTheOldFileKeptAside() throws IOException {
		ListRefresher.Outcome outcome = refresh("/ofac/sdn.csv", Answer.ok(sdn(11)));

		assertThat(outcome.refreshed()).isTrue();
		assertThat(outcome.describe()).startsWith("sdn: installed sdn_2026-12-01.csv (OFAC sdn.csv, snapshot 2026-12-01, 11 entries, sha256 ");
		assertThat(listFiles()).containsExactly("refresh.log", "replaced", "sdn_2026-12-01.csv");
		assertThat(outcome.installed().backupFolder().resolve("ofac_sdn_2026-11-30.csv")).hasContent(this.installedText);
		assertThat(new PartyListLoader().load(List.of(this.lists)).entries()).hasSize(11);
		assertThat(Files.readString(this.lists.resolve(ListRefresher.LOG_FILE)))
			.contains("\tsdn\t" + this.server.url("/ofac/sdn.csv") + "\tinstalled\tsdn_2026-12-01.csv\t"
					+ outcome.installed().file().sha256() + "\t11\t");
	}

	@Test
	void aDownloadCutShortOfItsLengthIsRefused() throws IOException {
		String body = sdn(11);
		String url = ListServer.cutShort(body, body.length() / 2);
		assertRefused(refresher(Duration.ofSeconds(10)).refreshFrom(url, this.lists),
				"sdn: refused: " + url + ": download failed (");
	}

	@Test
	void aTruncatedFileIsRefused() throws IOException {
		String body = sdn(11);
		assertRefused(refresh("/sdn.csv", Answer.ok(body.substring(0, body.length() / 2))),
				"sdn: refused: sdn.csv line 7: unreadable CSV (");
	}

	@Test
	void anEmptyDownloadIsRefused() throws IOException {
		assertRefused(refresh("/sdn.csv", Answer.ok("")), "sdn: refused: sdn.csv: empty download (0 bytes)");
	}

	@Test
	void anHtmlErrorPageIsRefusedEvenWithStatus200() throws IOException {
		assertRefused(refresh("/sdn.csv", Answer.html("<!DOCTYPE html><html><body>Service unavailable</body></html>")),
				"sdn: refused: sdn.csv: an HTML page, not a list file (an error, login or maintenance page?)");
		// served as text/csv, still an HTML page
		assertRefused(refresh("/sdn.csv", Answer.ok("\n  <html><head><title>Maintenance</title></head></html>")),
				"sdn: refused: sdn.csv: an HTML page");
	}

	@Test
	void aFileInNoListFormatIsRefused() throws IOException {
		assertRefused(refresh("/sdn.csv", Answer.ok("%PDF-1.7\n1 0 obj << /Type /Catalog >>\n")),
				"sdn: refused: sdn.csv line 1: not a recognised list format");
	}

	@Test
	void aListInAnotherFormatThanTheSourcePromisesIsRefused() throws IOException {
		this.server.answer("/sdn.csv", Answer.ok(CSL_HEADER
				+ "\"Entity List (EL) - Bureau of Industry and Security\",\"Orion Photonics Ltd\",\"\",\"Wuhan, CN\"\n"));
		ListRefresher refresher = new ListRefresher(new PartyListLoader(), properties(
				Map.of("ofac-sdn", new ListRefreshProperties.Source(this.server.url("/sdn.csv"), "ofac-sdn")),
				Duration.ofSeconds(10)), DEC_1);

		List<ListRefresher.Outcome> outcomes = refresher.refreshAll(this.lists);

		assertRefused(outcomes.get(0), "ofac-sdn: refused: sdn.csv: is CSL CSV, but this source must be OFAC sdn.csv");
	}

	@Test
	void aDownloadThatLostHalfItsEntriesIsRefused() throws IOException {
		assertRefused(refresh("/sdn.csv", Answer.ok(sdn(5))),
				"sdn: refused: sdn_2026-12-01.csv: 5 entries, down from 10 in the installed [ofac_sdn_2026-11-30.csv] "
						+ "(-50 %), more than the drop limit of 20 % (shipscreen.parties.max-drop)");
		// a normal day's delistings pass
		assertThat(refresh("/sdn.csv", Answer.ok(sdn(9))).refreshed()).isTrue();
	}

	@Test
	void httpErrorsAndTimeoutsAreOneLiners() throws IOException {
		assertRefused(refresh("/sdn.csv", Answer.status(503, "busy")),
				"sdn: refused: " + this.server.url("/sdn.csv") + ": HTTP 503 (expected 200)");
		assertRefused(refresh("/missing.csv", Answer.status(404, "")), "HTTP 404 (expected 200)");
		this.server.answer("/slow.csv", Answer.slow(sdn(11), 3000));
		ListRefresher.Outcome slow = refresher(Duration.ofMillis(500)).refreshFrom(this.server.url("/slow.csv"),
				this.lists);
		assertRefused(slow, "slow: refused: " + this.server.url("/slow.csv")
				+ ": timed out after 500 ms (shipscreen.parties.timeout)");
	}

	@Test
	void aLocalFileCanBeInstalledAndKeepsTheDateInItsName() throws IOException {
		Path file = Files.writeString(this.temp.resolve("sdn_2026-11-29.csv"), sdn(12));

		ListRefresher.Outcome outcome = refresher(Duration.ofSeconds(5)).refreshFrom(file.toString(), this.lists);

		assertThat(outcome.refreshed()).isTrue();
		assertThat(outcome.installed().target().getFileName()).hasToString("sdn_2026-11-29.csv");
		assertThat(outcome.installed().file().snapshotDate()).isEqualTo("2026-11-29");
	}

	private void assertRefused(ListRefresher.Outcome outcome, String message) throws IOException {
		assertThat(outcome.refreshed()).isFalse();
		assertThat(outcome.describe()).contains(message).endsWith("; the installed list is kept").doesNotContain("\n");
		assertThat(listFiles()).containsExactly("ofac_sdn_2026-11-30.csv", "refresh.log");
		assertThat(this.installed).hasContent(this.installedText);
		assertThat(Files.readString(this.lists.resolve(ListRefresher.LOG_FILE))).contains("\trefused\t");
	}

	private List<String> listFiles() throws IOException {
		try (Stream<Path> files = Files.list(this.lists)) {
			return files.map((p) -> p.getFileName().toString()).sorted().toList();
		}
	}

}
