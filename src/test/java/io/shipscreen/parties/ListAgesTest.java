package io.shipscreen.parties;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Stale lists: how old each list is on the run date, against max-age and the per-list max-ages. */
class ListAgesTest {

	private static final LocalDate NIGHT = LocalDate.of(2026, 12, 1);

	private static LoadedListFile file(String name, String snapshotDate, SourceList list) {
		ListEntry entry = Entries.entity(list, name, "Listed Company " + name);
		return new LoadedListFile(name, ListFormat.CSL_CSV, "0".repeat(64), snapshotDate, List.of(entry));
	}

	private static ListAges ages(Map<String, Duration> maxAges, LoadedListFile... files) {
		PartyListSnapshot snapshot = new PartyListSnapshot(List.of(files),
				List.of(files).stream().flatMap((f) -> f.entries().stream()).toList());
		return new ListAges(snapshot, new ListRefreshProperties(new LinkedHashMap<>(), false, Duration.ofDays(7),
				maxAges, ListRefreshProperties.Stale.WARN, 0.2, Duration.ofSeconds(60)), NIGHT);
	}

	@Test
	void aListOlderThanMaxAgeOnTheRunDateIsStale() {
		ListAges ages = ages(Map.of(), file("fresh.csv", "2026-11-24", SourceList.EL),
				file("old.csv", "2026-11-23", SourceList.EL));

		assertThat(ages.stale(NIGHT)).extracting((age) -> age.file().file()).containsExactly("old.csv");
		assertThat(ages.staleLine(NIGHT)).isEqualTo("1 party list(s) older than shipscreen.parties.max-age on 2026-12-01: "
				+ "old.csv (snapshot 2026-11-23, 8 days old, max 7 days) — run 'lists refresh'");
		// judged on the run date, not today: the same lists were current for an earlier night
		assertThat(ages.stale(LocalDate.of(2026, 11, 30))).isEmpty();
		assertThat(ages.runFacts().get("Party list staleness")).startsWith("STALE: 1 party list(s)");
	}

	@Test
	void aStricterMaxAgeForOneListAppliesToTheFilesHoldingIt() {
		ListAges ages = ages(Map.of("UN", Duration.ofDays(2)), file("un.xml", "2026-11-28", SourceList.UN),
				file("el.csv", "2026-11-28", SourceList.EL));

		assertThat(ages.stale(NIGHT)).extracting((age) -> age.file().file()).containsExactly("un.xml");
	}

	@Test
	void snapshotDatesAreReadAsThePublishersWriteThem() {
		assertThat(ListAges.snapshotDay("2026-02-27")).isEqualTo(LocalDate.of(2026, 2, 27));
		assertThat(ListAges.snapshotDay("2026-02-27T10:15:00Z")).isEqualTo(LocalDate.of(2026, 2, 27));
		assertThat(ListAges.snapshotDay("after 2025-03-25")).isEqualTo(LocalDate.of(2025, 3, 25));
		assertThat(ListAges.snapshotDay("2025-06")).isEqualTo(LocalDate.of(2025, 6, 1));
		assertThat(ListAges.snapshotDay("unknown")).isNull();
	}

	@Test
	void aListWithoutASnapshotDateIsStale() {
		ListAges ages = ages(Map.of(), file("mystery.csv", "unknown", SourceList.EL));

		assertThat(ages.staleLine(NIGHT)).contains("mystery.csv (snapshot date unknown, max 7 days)");
	}

}
