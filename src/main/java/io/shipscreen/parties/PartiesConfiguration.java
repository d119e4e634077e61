package io.shipscreen.parties;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
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
			@Value("${lists:}") String listsOption, ListRefreshProperties refresh, ListRefresher refresher,
			ObjectProvider<ApplicationArguments> arguments) {
		List<String> locations = listsOption.isBlank() ? properties.lists()
				: Arrays.stream(listsOption.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
		if (listsOption.isBlank() && refresh.refreshBeforeRun() && screens(arguments.getIfAvailable())) {
			refreshBeforeRun(refresher, properties);
		}
		long start = System.nanoTime();
		PartyListSnapshot snapshot = loader.load(locations.stream().map(Path::of).toList());
		log.info("Party lists {} loaded from {}: {} entries, {} aliases in {} ms", snapshot.id(), locations,
				snapshot.entries().size(), snapshot.aliasCount(), (System.nanoTime() - start) / 1_000_000);
		return snapshot;
	}

	/** Only the commands that screen refresh first ({@code lists}, {@code runs}, ... never download). */
	private static boolean screens(ApplicationArguments arguments) {
		if (arguments == null) {
			return false;
		}
		List<String> words = arguments.getNonOptionArgs();
		return words.isEmpty() || SCREENING_COMMANDS.contains(words.get(0));
	}

	private static final List<String> SCREENING_COMMANDS = List.of("screen", "rescreen", "schedule");

	/**
	 * {@code shipscreen.parties.refresh-before-run}: every source is refreshed before the lists
	 * are loaded for the run. A refused download is logged and the installed list screens the
	 * night: a publisher's bad morning never stops a night.
	 */
	private static void refreshBeforeRun(ListRefresher refresher, PartiesProperties properties) {
		Path folder = ListRefresher.installFolder(properties.lists()).orElse(null);
		if (folder == null) {
			log.warn("shipscreen.parties.refresh-before-run: no list folder in shipscreen.parties.lists; not refreshed");
			return;
		}
		try {
			for (ListRefresher.Outcome outcome : refresher.refreshAll(folder)) {
				if (outcome.refreshed()) {
					log.info("refresh before run: {}", outcome.describe());
				}
				else {
					log.warn("refresh before run: {}", outcome.describe());
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("refresh before run failed, screening with the installed lists: {}", ex.getMessage());
		}
	}

	/** How old each list is; judged in the run facts on {@code --run-date} (today without one). */
	@Bean
	ListAges listAges(PartyListSnapshot snapshot, ListRefreshProperties refresh,
			@Value("${run-date:}") String runDate) {
		LocalDate day;
		try {
			day = runDate.isBlank() ? LocalDate.now() : LocalDate.parse(runDate);
		}
		catch (DateTimeParseException ex) {
			// the screen command reports the bad option; the facts then judge on today
			day = LocalDate.now();
		}
		return new ListAges(snapshot, refresh, day);
	}

	@Bean
	ListRefresher listRefresher(PartyListLoader loader, ListRefreshProperties refresh) {
		return new ListRefresher(loader, refresh, Clock.systemDefaultZone());
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
