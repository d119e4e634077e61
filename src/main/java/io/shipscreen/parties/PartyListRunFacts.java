package io.shipscreen.parties;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.shipscreen.shared.RunFactsContributor;

import org.springframework.stereotype.Component;

/** What a run screened parties against: each list file, its snapshot date, size and hash. */
@Component
public class PartyListRunFacts implements RunFactsContributor {

	private final PartyListSnapshot snapshot;

	private final PartiesProperties properties;

	private final ClearedMatches cleared;

	public PartyListRunFacts(PartyListSnapshot snapshot, PartiesProperties properties, ClearedMatches cleared) {
		this.snapshot = snapshot;
		this.properties = properties;
		this.cleared = cleared;
	}

	@Override
	public Map<String, String> runFacts() {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("Party lists snapshot", this.snapshot.id() + " (" + this.snapshot.files().size() + " files, "
				+ String.format(Locale.ROOT, "%,d", this.snapshot.entries().size()) + " entries)");
		for (LoadedListFile file : this.snapshot.files()) {
			facts.put("Party list " + file.file(),
					String.format(Locale.ROOT, "%s, snapshot %s, %,d entries, %,d aliases, lists %s, sha256 %s",
							file.format().label(), file.snapshotDate(), file.entries().size(), file.aliasCount(),
							file.sources(), file.sha256()));
		}
		facts.put("Party match thresholds", String.format(Locale.ROOT, "review %.2f, hold %.2f%s",
				this.properties.reviewThreshold(), this.properties.holdThreshold(),
				this.properties.thresholds().isEmpty() ? "" : ", per list " + this.properties.thresholds()));
		facts.put("Cleared matches", this.cleared.all().size() + " in " + this.cleared.file());
		return facts;
	}

}
