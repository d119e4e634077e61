package io.shipscreen.screening;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.shipscreen.policy.PolicyFixtures;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyRunFactsTest {

	@Test
	void namesEveryPolicyWithVersionRangeAndFileHash() {
		Map<String, String> facts = new PolicyRunFacts(PolicyFixtures.catalog(), PolicyFixtures.products()).runFacts();
		assertThat(facts.keySet()).containsExactly("Policies", "Policy files", "Policy set SHA-256", "Product catalogue");
		assertThat(facts.get("Policies")).isEqualTo("advanced-computing-2023 v2 (2023-11-17 → 2025-05-12); "
				+ "ai-diffusion-2025 v2 (what-if); post-rescission-2025 v4 (2025-05-13 → )");
		assertThat(facts.get("Policy files")).containsPattern("config/policies/post-rescission-2025.yml sha256:[0-9a-f]{12}");
		assertThat(facts.get("Policy set SHA-256")).matches("[0-9a-f]{64}");
		assertThat(facts.get("Product catalogue")).startsWith("config/catalogue/chips.yml (23 parts) sha256:");
	}

}
