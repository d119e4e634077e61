package io.shipscreen.parties;

import java.util.List;

/**
 * One list file as loaded: what it is, which snapshot, and its entries.
 *
 * @param file the file name
 * @param format the format recognised from its content
 * @param sha256 hash of the file's bytes (the "content hash" a run records)
 * @param snapshotDate the publisher's date: UN {@code dateGenerated}, else a date in the file
 * name, else for CSL files "after" the newest listing date in them, else the file's
 * modification day
 * @param entries the entries it lists (empty for OFAC alt/add files, which feed sdn.csv)
 */
public record LoadedListFile(String file, ListFormat format, String sha256, String snapshotDate,
		List<ListEntry> entries) {

	public LoadedListFile {
		entries = List.copyOf(entries);
	}

	public int aliasCount() {
		return this.entries.stream().mapToInt((entry) -> entry.aliases().size()).sum();
	}

	/** The source lists its entries belong to, e.g. {@code EL, SDN}. */
	public List<SourceList> sources() {
		return this.entries.stream().map(ListEntry::list).distinct().sorted().toList();
	}

}
