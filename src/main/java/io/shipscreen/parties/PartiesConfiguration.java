package io.shipscreen.parties;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the lists once at start and builds the matcher over them. A malformed list fails the
 * start with a {@link ListFormatException} naming file, line and reason.
 */
@Configuration(proxyBeanMethods = false)
public class PartiesConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PartiesConfiguration.class);

	/** The most a country or address match adds to a name score. */
	static final double MAX_CORROBORATION = Corroboration.COUNTRY_MATCH + Corroboration.ADDRESS_MATCH;

	@Bean
	NameNormalizer nameNormalizer() {
		return new NameNormalizer();
	}

	@Bean
	PartyListLoader partyListLoader() {
		return new PartyListLoader();
	}

	/** The {@code --lists=PATH[,PATH...]} option, when given, replaces the configured set. */
	@Bean
	PartyListSnapshot partyListSnapshot(PartyListLoader loader, PartiesProperties properties,
			@Value("${lists:}") String listsOption) {
		List<String> locations = listsOption.isBlank() ? properties.lists()
				: Arrays.stream(listsOption.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
		long start = System.nanoTime();
		PartyListSnapshot snapshot = loader.load(locations.stream().map(Path::of).toList());
		log.info("Party lists {} loaded from {}: {} entries, {} aliases in {} ms", snapshot.id(), locations,
				snapshot.entries().size(), snapshot.aliasCount(), (System.nanoTime() - start) / 1_000_000);
		return snapshot;
	}

	@Bean
	PartyMatcher partyMatcher(NameNormalizer normalizer, PartyListSnapshot snapshot, PartiesProperties properties) {
		long start = System.nanoTime();
		CandidateIndex index = CandidateIndex.build(snapshot.entries(), normalizer);
		log.info("Party name index: {} names in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
		return new PartyMatcher(normalizer, index, properties.lowestThreshold() - MAX_CORROBORATION,
				properties.maxCandidates(), properties.cacheSize());
	}

}
