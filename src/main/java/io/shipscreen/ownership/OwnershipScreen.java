package io.shipscreen.ownership;

import java.util.List;

import io.shipscreen.parties.PartyMatcher;

/**
 * What the ownership check screens against, built once at start: the register, the rules, the
 * resolved graph and a matcher over the register's restricted entities.
 *
 * @param register the files and holdings read
 * @param rules the rules file
 * @param graph the resolved graph
 * @param problems every bad or doubtful register row (reading and resolving)
 * @param entities matches a transaction party to the register's restricted entities (a list entry
 * per entity, its id the node id), or {@code null} when no entity is restricted
 * @param millis how long reading and resolving took
 */
public record OwnershipScreen(OwnershipRegister register, OwnershipRules rules, OwnershipGraph graph,
		List<RegisterProblem> problems, PartyMatcher entities, long millis) {

	public OwnershipScreen {
		problems = List.copyOf(problems);
	}

	/** A short id of the register and rules screened (stored as the hits' policy version). */
	public String id() {
		return RegisterFiles.sha256(this.register.id() + "," + this.rules.sha256()).substring(0, 12);
	}

}
