package io.shipscreen.job;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.shipscreen.support.MariaDb;

/**
 * The nightly scenarios against a real MariaDB through MySQL Connector/J (the {@code mysql}
 * profile), in a database of their own.
 */
@SpringBootTest(properties = "shipscreen.cli.enabled=false")
@ActiveProfiles("mysql")
class MariaDbNightlyScreeningTests extends NightlyScreeningScenarios {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		String url = MariaDb.freshDatabase("shipscreen_it_nightly");
		registry.add("spring.datasource.url", () -> url);
	}

}
