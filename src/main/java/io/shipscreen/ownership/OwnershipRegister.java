package io.shipscreen.ownership;

import java.util.List;
import java.util.stream.Collectors;

import io.shipscreen.parties.PartyListSnapshot;

/**
 * Everything read from the register files: the files with their hashes, the holdings and the rows
 * that could not be used.
 */
public record OwnershipRegister(List<RegisterFile> files, List<Holding> holdings, List<RegisterProblem> problems) {

	public OwnershipRegister {
		files = List.copyOf(files);
		holdings = List.copyOf(holdings);
		problems = List.copyOf(problems);
	}

	/** A short id of this exact set of files: the hash of their hashes (like {@link PartyListSnapshot#id()}). */
	public String id() {
		return RegisterFiles.sha256(this.files.stream().map(RegisterFile::sha256).sorted().collect(Collectors.joining(",")))
			.substring(0, 12);
	}

}
