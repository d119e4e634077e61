package io.shipscreen.job;

import org.springframework.boot.test.context.SpringBootTest;

/** The nightly scenarios on the embedded default database (H2 in MySQL mode). */
@SpringBootTest(properties = { "shipscreen.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:nightly;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1" })
class H2NightlyScreeningTests extends NightlyScreeningScenarios {

}
