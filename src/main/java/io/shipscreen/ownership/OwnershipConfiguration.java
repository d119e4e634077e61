package io.shipscreen.ownership;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.shipscreen.parties.CandidateIndex;
import io.shipscreen.parties.ClearedMatches;
import io.shipscreen.parties.EntryType;
import io.shipscreen.parties.ListEntry;
import io.shipscreen.parties.NameNormalizer;
import io.shipscreen.parties.PartiesProperties;
import io.shipscreen.parties.PartyMatcher;
import io.shipscreen.parties.SourceList;

/**
 * Reads the ownership register and rules once at start and resolves the graph against the loaded
 * lists. Bad register rows are logged (file, row, reason) and listed in the run facts; they never
 * stop the night. An unreadable register file or rules file fails the start with one line.
 */
@Configuration(proxyBeanMethods = false)
public class OwnershipConfiguration {

	private static final Logger log = LoggerFactory.getLogger(OwnershipConfiguration.class);

	/** The party matcher returns names this far below the review threshold, for the country bonus. */
	private static final double CORROBORATION_ROOM = 0.05;

	/** The {@code --ownership=PATH[,PATH...]} option, when given, replaces the configured register. */
	@Bean
	OwnershipScreen ownershipScreen(OwnershipProperties properties, PartyMatcher partyMatcher,
			ClearedMatches cleared, PartiesProperties parties, NameNormalizer normalizer,
			@Value("${ownership:}") String ownershipOption) {
		List<String> locations = ownershipOption.isBlank() ? properties.register()
				: Arrays.stream(ownershipOption.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
		long start = System.nanoTime();
		OwnershipRules rules = OwnershipRules.read(Path.of(properties.rules()));
		OwnershipRegister register = new OwnershipRegisterReader().read(locations.stream().map(Path::of).toList());
		OwnershipResolver.Resolved resolved = new OwnershipResolver(ownerMatcher(partyMatcher, parties, properties),
				cleared, parties.holdThreshold())
			.resolve(register, rules);
		PartyMatcher entities = entityMatcher(resolved.graph(), normalizer, parties);
		List<RegisterProblem> problems = new ArrayList<>(register.problems());
		problems.addAll(resolved.problems());
		long millis = (System.nanoTime() - start) / 1_000_000;
		OwnershipScreen screen = new OwnershipScreen(register, rules, resolved.graph(), problems, entities, millis);
		for (RegisterProblem problem : problems) {
			log.warn("Ownership register {}", problem);
		}
		log.info("Ownership register {} from {}: {} files, {} holdings, {} companies and owners, {} restricted or "
				+ "possibly restricted through ownership, {} rows with problems, in {} ms", screen.id(), locations,
				register.files().size(), register.holdings().size(), resolved.graph().nodes().size(),
				resolved.graph().affected().size(), problems.size(), millis);
		return screen;
	}

	/**
	 * The party matcher's index and scoring, tuned for owners: only strong matches count, so fewer
	 * candidates are scored and nothing below the hold threshold is kept (its own small cache, so
	 * the register does not crowd the party check's).
	 */
	static PartyMatcher ownerMatcher(PartyMatcher partyMatcher, PartiesProperties parties,
			OwnershipProperties properties) {
		return new PartyMatcher(partyMatcher.normalizer(), partyMatcher.index(),
				parties.holdThreshold() - CORROBORATION_ROOM, Math.min(properties.maxCandidates(), parties.maxCandidates()),
				1_000);
	}

	/** A matcher over the entities restricted (or possibly restricted) through ownership only; {@code null} if none. */
	static PartyMatcher entityMatcher(OwnershipGraph graph, NameNormalizer normalizer, PartiesProperties parties) {
		List<ListEntry> entries = new ArrayList<>();
		for (OwnershipGraph.Node node : graph.affected()) {
			entries.add(new ListEntry(SourceList.OTHER, String.valueOf(node.id()), node.name(),
					node.names().subList(1, node.names().size()), EntryType.ENTITY, List.of(),
					(node.country() != null) ? Set.of(node.country()) : Set.of(), null, null, null, null, null,
					"ownership register"));
		}
		if (entries.isEmpty()) {
			return null;
		}
		return new PartyMatcher(normalizer, CandidateIndex.build(entries, normalizer),
				parties.lowestThreshold() - CORROBORATION_ROOM, parties.maxCandidates(), parties.cacheSize());
	}

}
