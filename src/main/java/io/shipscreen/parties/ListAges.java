package io.shipscreen.parties;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.shipscreen.shared.RunFactsContributor;

/**
 * How old each loaded list is on a given day, against {@code shipscreen.parties.max-age} (or the
 * stricter {@code max-ages} of the lists a file holds). A list whose snapshot date cannot be
 * read counts as stale: nobody can say it is current. The run's facts (the summary's {@code Run}
 * sheet) say which lists were stale on the run date.
 */
public final class ListAges implements RunFactsContributor {

	private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}(?:-\\d{2})?)");

	private final PartyListSnapshot snapshot;

	private final ListRefreshProperties properties;

	private final LocalDate runDate;

	/**
	 * @param runDate the day the lists are judged on in the run facts (the run date)
	 */
	public ListAges(PartyListSnapshot snapshot, ListRefreshProperties properties, LocalDate runDate) {
		this.snapshot = snapshot;
		this.properties = properties;
		this.runDate = runDate;
	}

	/**
	 * One list file's age.
	 *
	 * @param snapshot the snapshot day read from its snapshot date, or null when it has none
	 * @param days its age in days on the day asked, or -1 when unknown
	 */
	public record Age(LoadedListFile file, LocalDate snapshot, long days, Duration maxAge, boolean stale) {

		/** {@code ofac_sdn_2024-05-03.csv (snapshot 2024-05-03, 942 days old, max 7 days)}. */
		public String describe() {
			String age = (this.days < 0) ? "snapshot date unknown"
					: "snapshot " + this.file.snapshotDate() + ", " + this.days + " days old";
			return this.file.file() + " (" + age + ", max " + this.maxAge.toDays() + " days)";
		}

	}

	public List<Age> ages(LocalDate on) {
		return this.snapshot.files().stream().map((file) -> age(file, on)).toList();
	}

	public List<Age> stale(LocalDate on) {
		return ages(on).stream().filter(Age::stale).toList();
	}

	public LocalDate runDate() {
		return this.runDate;
	}

	public boolean failsWhenStale() {
		return this.properties.stale() == ListRefreshProperties.Stale.FAIL;
	}

	/** One line naming every stale list, or null when none is. */
	public String staleLine(LocalDate on) {
		List<Age> stale = stale(on);
		if (stale.isEmpty()) {
			return null;
		}
		return stale.size() + " party list(s) older than shipscreen.parties.max-age on " + on + ": "
				+ stale.stream().map(Age::describe).collect(Collectors.joining("; "))
				+ " — run 'lists refresh'";
	}

	private Age age(LoadedListFile file, LocalDate on) {
		Duration maxAge = this.properties.maxAge(file.sources());
		LocalDate day = snapshotDay(file.snapshotDate());
		if (day == null) {
			return new Age(file, null, -1, maxAge, true);
		}
		long days = ChronoUnit.DAYS.between(day, on);
		return new Age(file, day, days, maxAge, days > maxAge.toDays());
	}

	/**
	 * The day a snapshot date names: {@code 2026-02-27}, {@code 2026-02-27T10:00:00Z}, {@code after
	 * 2025-03-25} (a lower bound: the list is at least that old, so judged as that old), or
	 * {@code 2025-06} (judged from the first of the month).
	 */
	static LocalDate snapshotDay(String snapshotDate) {
		if (snapshotDate == null) {
			return null;
		}
		Matcher matcher = DATE.matcher(snapshotDate);
		if (!matcher.find()) {
			return null;
		}
		String text = matcher.group(1);
		try {
			return (text.length() == 7) ? LocalDate.parse(text + "-01") : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	@Override
	public Map<String, String> runFacts() {
		Map<String, String> facts = new LinkedHashMap<>();
		String stale = staleLine(this.runDate);
		facts.put("Party list staleness", (stale != null) ? "STALE: " + stale
				: String.format(Locale.ROOT, "every list within its maximum age on %s (max-age %d days)", this.runDate,
						this.properties.maxAge().toDays()));
		return facts;
	}

}
