package io.shipscreen.parties;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything loaded at start: the files (with their hashes and dates) and all their entries.
 */
public record PartyListSnapshot(List<LoadedListFile> files, List<ListEntry> entries) {

	public PartyListSnapshot {
		files = List.copyOf(files);
		entries = List.copyOf(entries);
	}

	/** A short id of this exact set of files: the hash of their hashes. */
	public String id() {
		return ListEntry.sha256(this.files.stream().map(LoadedListFile::sha256).sorted().collect(Collectors.joining(",")))
			.substring(0, 12);
	}

	public int aliasCount() {
		return this.entries.stream().mapToInt((entry) -> entry.aliases().size()).sum();
	}

}
