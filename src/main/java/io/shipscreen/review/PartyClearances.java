package io.shipscreen.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.shipscreen.parties.Clearance;
import io.shipscreen.parties.ListEntry;
import io.shipscreen.parties.LoadedListFile;
import io.shipscreen.parties.PartyListSnapshot;
import io.shipscreen.result.RunRepository;
import io.shipscreen.result.ScreeningRun;

/**
 * Turns a FALSE POSITIVE on a result's party hits into good-guy pairs (party name as written,
 * list entry key, the entry's fingerprint as screened). The hit carries the entry key in its
 * evidence ({@code ; id EL:3225cb89eac6;}) and the party name in its reason; the fingerprint comes
 * from the loaded lists, but only when the list file is byte-for-byte the one the run screened
 * against (its sha256 in the run's facts), so a reviewer never clears an entry they did not see.
 */
@Component
class PartyClearances {

	private static final Pattern ENTRY_KEY = Pattern.compile("; id ([^;\\s(]+)");

	private static final Pattern LIST_FILE = Pattern.compile("; list file ([^;]+?)(?:;|$)");

	private static final Pattern PARTY_NAME = Pattern.compile("^[A-Za-z ]+ '(.+?)' matches ");

	private static final Pattern FILE_FACT_SHA = Pattern.compile("sha256 ([0-9a-f]{64})");

	private final PartyListSnapshot snapshot;

	private final RunRepository runs;

	private final ReviewStore store;

	private volatile Map<String, ListEntry> entriesByKey;

	PartyClearances(PartyListSnapshot snapshot, RunRepository runs, ReviewStore store) {
		this.snapshot = snapshot;
		this.runs = runs;
		this.store = store;
	}

	/** The outcome: the pairs to clear, or why they cannot be. */
	record Outcome(List<PartyClearance> clearances, String refusal) {
	}

	Outcome forResult(long runId, String transactionId, String reviewer, String note, LocalDate on) {
		List<PartyClearance> clearances = new ArrayList<>();
		for (ReviewStore.PartyHit hit : this.store.partyHits(runId, transactionId)) {
			String key = group(ENTRY_KEY, hit.evidence());
			String party = group(PARTY_NAME, hit.reason());
			if (key == null || party == null) {
				return new Outcome(List.of(), "hit " + hit.ruleId() + " does not say which party and list entry it "
						+ "matched; clear it in " + "the good-guy list by hand");
			}
			ListEntry entry = entries().get(key);
			if (entry == null) {
				return new Outcome(List.of(), "list entry " + key + " (" + hit.ruleId() + ") is not in the loaded "
						+ "restricted-party lists any more: nothing to clear it against");
			}
			Optional<String> changed = changedSince(runId, hit, entry);
			if (changed.isPresent()) {
				return new Outcome(List.of(), changed.get());
			}
			clearances.add(new PartyClearance(new Clearance(party, key, entry.fingerprint(), reviewer, on, note),
					hit.field()));
		}
		return new Outcome(clearances, null);
	}

	/** Why today's copy of the entry may differ from the one screened, if it may. */
	private Optional<String> changedSince(long runId, ReviewStore.PartyHit hit, ListEntry entry) {
		if (this.snapshot.id().equals(hit.snapshotId())) {
			return Optional.empty();
		}
		String file = (entry.file() != null) ? entry.file() : group(LIST_FILE, hit.evidence());
		String screened = screenedSha(runId, file);
		String today = this.snapshot.files()
			.stream()
			.filter((loaded) -> loaded.file().equals(file))
			.map(LoadedListFile::sha256)
			.findFirst()
			.orElse(null);
		if (screened != null && screened.equals(today)) {
			return Optional.empty();
		}
		return Optional.of("the list file " + file + " has changed since run " + runId + " screened this entry ("
				+ entry.key() + "), so the entry may have changed: decide on a newer night's workbook");
	}

	private String screenedSha(long runId, String file) {
		String facts = this.runs.find(runId).map(ScreeningRun::facts).orElse(null);
		if (facts == null || file == null) {
			return null;
		}
		for (String line : facts.split("\n")) {
			if (line.startsWith("Party list " + file + "\t")) {
				return group(FILE_FACT_SHA, line);
			}
		}
		return null;
	}

	private Map<String, ListEntry> entries() {
		Map<String, ListEntry> entries = this.entriesByKey;
		if (entries == null) {
			entries = new HashMap<>();
			for (ListEntry entry : this.snapshot.entries()) {
				entries.putIfAbsent(entry.key(), entry);
			}
			this.entriesByKey = entries;
		}
		return entries;
	}

	private static String group(Pattern pattern, String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? matcher.group(1).strip() : null;
	}

}
