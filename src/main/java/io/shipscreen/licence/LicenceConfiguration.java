package io.shipscreen.licence;

import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.shipscreen.parties.NameNormalizer;
import io.shipscreen.transaction.CountryCodes;

/** Loads the licence register once at start; its bad rows are logged, one line each, and the night goes on. */
@Configuration(proxyBeanMethods = false)
public class LicenceConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LicenceConfiguration.class);

	/** The {@code --licences=PATH[,PATH...]} option, when given, replaces the configured set. */
	@Bean
	LicenceRegister licenceRegister(LicencesProperties properties, CountryCodes countries,
			@Value("${licences:}") String licencesOption) {
		boolean explicit = !licencesOption.isBlank();
		List<String> locations = explicit
				? Arrays.stream(licencesOption.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList()
				: properties.register();
		LicenceRegister register = new LicenceRegisterReader(countries).read(locations, explicit);
		if (!register.configured()) {
			log.info("Licence register: none in {}; a license_number on file clears a requirement unchecked", locations);
			return register;
		}
		log.info("Licence register loaded from {}: {} licences, {} bad rows", locations, register.byNumber().size(),
				register.problems().size());
		for (RegisterProblem problem : register.problems()) {
			log.warn("Licence register row refused: {}", problem);
		}
		return register;
	}

	@Bean
	LicenceVerifier licenceVerifier(LicenceRegister register, LicenceLedger ledger, NameNormalizer normalizer,
			LicencesProperties properties) {
		return new LicenceVerifier(register, ledger, new PartyNames(normalizer), properties.reviewAt());
	}

}
