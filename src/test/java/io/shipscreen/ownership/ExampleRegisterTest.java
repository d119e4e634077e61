package io.shipscreen.ownership;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.shipscreen.screening.Hit;

import static io.shipscreen.ownership.OwnershipFixture.IN_FORCE;
import static io.shipscreen.ownership.OwnershipFixture.order;
import static org.assertj.core.api.Assertions.assertThat;

/** The shipped example register shows each kind of hit, as docs/ownership.md says. */
class ExampleRegisterTest {

	@TempDir
	Path dir;

	@Test
	void theShippedExamplesRaiseTheHitsTheDocsDescribe() {
		OwnershipFixture world = new OwnershipFixture(this.dir);
		OwnershipScreen screen = world.screen(Path.of("config/ownership/example-register.csv"));
		OwnershipCheck check = world.check(screen);

		assertThat(screen.problems()).isEmpty();
		assertThat(rules(check, "Pearl River Example Compute Co. Ltd.", "CN")).containsExactly("PARTY-EL-AFFILIATE");
		assertThat(rules(check, "Lingnan Example Cloud Services Ltd.", "HK")).containsExactly("PARTY-EL-AFFILIATE");
		assertThat(rules(check, "Harbour Example Foundry Services Ltd.", "HK")).containsExactly("PARTY-EL-AFFILIATE");
		assertThat(rules(check, "Volga Example Microelectronics LLC", "RU")).containsExactly("PARTY-SDN-50");
		assertThat(rules(check, "Example Minority Holdings Pte. Ltd.", "SG")).isEmpty();
		assertThat(rules(check, "Example Opaque Trading FZE", "AE")).containsExactly("PARTY-EL-AFFILIATE-SHARE-UNKNOWN");
	}

	private static List<String> rules(OwnershipCheck check, String consignee, String country) {
		return check.check(order(IN_FORCE, consignee, country), null).stream().map(Hit::ruleId).toList();
	}

}
