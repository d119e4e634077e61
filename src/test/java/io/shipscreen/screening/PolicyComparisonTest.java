package io.shipscreen.screening;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.shipscreen.policy.PolicyFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The same transactions under the rules in force and under the what-if tiered rule: the
 * differences a reader of the seed article expects (a Portuguese data centre is Tier 2 only
 * under the tiered rule; Japan is clear under both; China is HOLD under both).
 */
class PolicyComparisonTest {

	static List<Arguments> table() {
		return List.of(
				arguments("Japanese data centre", Tx.h100(), "CLEAR", List.of(), "CLEAR", List.of()),
				arguments("Portuguese data centre", Tx.h100().consignee("Lisboa AI Data Centre SA", "Av. da Liberdade 1, Lisboa", "PT").shipTo("PT"),
						"CLEAR", List.of(), "HOLD", List.of("TIER-2-LICENCE")),
				arguments("Portuguese data centre under LPP", Tx.h100().to("PT").exception("LPP"),
						"CLEAR", List.of(), "CLEAR", List.of()),
				arguments("Mexican licensed order", Tx.h100().to("MX").licence("D7654321"),
						"CLEAR", List.of(), "CLEAR", List.of()),
				arguments("Chinese buyer", Tx.h100().to("CN"), "HOLD", List.of("DEST-D5"), "HOLD",
						List.of("DEST-D5", "TIER-3-DESTINATION")),
				arguments("Chinese-owned German subsidiary", Tx.h100().to("DE").parent("CN"), "HOLD", List.of("HQ-D5"), "HOLD",
						List.of("HQ-D5", "TIER-3-DESTINATION")),
				arguments("French entity of an Indian group", Tx.h100().to("FR").parent("IN"), "CLEAR", List.of(), "HOLD",
						List.of("TIER-2-LICENCE")),
				arguments("UAE data centre", Tx.h100().to("AE"), "HOLD", List.of("DEST-D1-D4"), "HOLD",
						List.of("DEST-D1-D4", "TIER-2-LICENCE")),
				arguments("Indian L40 (3A090.b)", Tx.h100().item("L40-48G", "NVIDIA L40", "NVIDIA").eccn(null).performance(null, null).to("IN"),
						"CLEAR", List.of(), "CLEAR", List.of()),
				arguments("Iranian cable", Tx.h100().item("CAB", "Cable", "Acme").eccn("EAR99").performance(null, null).to("IR"),
						"HOLD", List.of("EMBARGO-E1"), "HOLD", List.of("EMBARGO-E1")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	void screensTheSameRowsUnderBothPolicies(String row, Tx tx, String postDecision, List<String> postFlags,
			String diffusionDecision, List<String> diffusionFlags) {
		AllChecks checks = new AllChecks();
		AllChecks.Outcome post = checks.screen(tx.build(), PolicyFixtures.policy("post-rescission-2025"));
		AllChecks.Outcome diffusion = checks.screen(tx.build(), PolicyFixtures.policy("ai-diffusion-2025"));
		assertThat(post.decision().name()).as("post-rescission %s", post).isEqualTo(postDecision);
		assertThat(post.flags()).as("post-rescission %s", post).containsExactlyElementsOf(postFlags);
		assertThat(diffusion.decision().name()).as("ai-diffusion %s", diffusion).isEqualTo(diffusionDecision);
		assertThat(diffusion.flags()).as("ai-diffusion %s", diffusion).containsExactlyElementsOf(diffusionFlags);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	void everyHitNamesItsPolicyVersionAndCitation(String row, Tx tx) {
		AllChecks checks = new AllChecks();
		for (String policy : List.of("post-rescission-2025", "ai-diffusion-2025")) {
			assertThat(checks.screen(tx.build(), PolicyFixtures.policy(policy)).hits()).allSatisfy((hit) -> {
				assertThat(hit.policyId()).isEqualTo(policy);
				assertThat(hit.policyVersion()).isNotBlank();
				assertThat(hit.citation()).isNotBlank();
				assertThat(hit.reason()).endsWith(".");
			});
		}
	}

}
