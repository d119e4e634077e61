package io.shipscreen.policy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PolicyCatalogTest {

	private final PolicyCatalog catalog = PolicyFixtures.catalog();

	@Test
	void shipsTheThreePoliciesOldestFirst() {
		assertThat(this.catalog.all()).extracting(Policy::id)
			.containsExactly("advanced-computing-2023", "ai-diffusion-2025", "post-rescission-2025");
	}

	@Test
	void selectsThePolicyInForceOnTheOrderDate() {
		assertThat(this.catalog.forOrderDate(LocalDate.of(2023, 11, 17)).id()).isEqualTo("advanced-computing-2023");
		assertThat(this.catalog.forOrderDate(LocalDate.of(2025, 5, 12)).id()).isEqualTo("advanced-computing-2023");
		assertThat(this.catalog.forOrderDate(LocalDate.of(2025, 5, 13)).id()).isEqualTo("post-rescission-2025");
		assertThat(this.catalog.forOrderDate(LocalDate.of(2026, 11, 30)).id()).isEqualTo("post-rescission-2025");
	}

	@Test
	void neverSelectsTheWhatIfPolicyByDate() {
		Policy diffusion = this.catalog.byId("ai-diffusion-2025").orElseThrow();
		assertThat(diffusion.selectableByDate()).isFalse();
		assertThat(diffusion.appliesOn(LocalDate.of(2025, 3, 1))).isFalse();
		assertThat(this.catalog.forOrderDate(LocalDate.of(2025, 3, 1)).id()).isEqualTo("advanced-computing-2023");
	}

	@Test
	void refusesOrdersBeforeTheFirstPolicy() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.catalog.forOrderDate(LocalDate.of(2023, 11, 16)))
			.withMessageContaining("no enforced policy covers order date 2023-11-16");
	}

	@Test
	void cambodiaLeavesD5On20251107AndStaysInD1() {
		Policy policy = PolicyFixtures.policy("post-rescission-2025");
		assertThat(policy.groups().isIn("D:5", "KH", LocalDate.of(2025, 11, 6))).isTrue();
		assertThat(policy.groups().isIn("D:5", "KH", LocalDate.of(2025, 11, 7))).isFalse();
		assertThat(policy.groups().isIn("D:1", "KH", LocalDate.of(2026, 1, 1))).isTrue();
		assertThat(policy.destinationGroup("KH")).isEqualTo("D:1");
		assertThat(policy.destinationGroup("KH", LocalDate.of(2025, 6, 1))).isEqualTo("D:5");
	}

	@Test
	void treatsHongKongAsChina() {
		Policy policy = PolicyFixtures.policy("post-rescission-2025");
		assertThat(policy.groups().isIn("D:5", "HK", LocalDate.of(2026, 1, 1))).isTrue();
		assertThat(policy.destinationGroup("HK")).isEqualTo("D:5");
	}

	@Test
	void labelsDestinationsForTheSummary() {
		Policy post = PolicyFixtures.policy("post-rescission-2025");
		assertThat(post.destinationGroup("IR")).isEqualTo("E:1");
		assertThat(post.destinationGroup("CU")).isEqualTo("E:2");
		assertThat(post.destinationGroup("CN")).isEqualTo("D:5");
		assertThat(post.destinationGroup("MO")).isEqualTo("Macau");
		// the UAE left D:4 for A:5 on 2026-07-10 (91 FR 43034)
		assertThat(post.destinationGroup("AE", java.time.LocalDate.of(2026, 7, 9))).isEqualTo("D:4");
		assertThat(post.destinationGroup("AE")).isEqualTo("A:5");
		assertThat(post.destinationGroup("VN")).isEqualTo("D:1");
		assertThat(post.destinationGroup("IL")).isEqualTo("A:6");
		assertThat(post.destinationGroup("PT")).isEqualTo("A:5");
		assertThat(post.destinationGroup("BR")).isEqualTo("other");
		Policy diffusion = PolicyFixtures.policy("ai-diffusion-2025");
		assertThat(diffusion.destinationGroup("PT")).isEqualTo("Tier 2");
		assertThat(diffusion.destinationGroup("JP")).isEqualTo("Tier 1");
		assertThat(diffusion.destinationGroup("MO")).isEqualTo("Tier 3");
		assertThat(diffusion.destinationGroup("CN")).isEqualTo("Tier 3");
	}

	@Test
	void describesWhatEachPolicyChecks() {
		assertThat(PolicyFixtures.policy("ai-diffusion-2025").describeChecks())
			.anySatisfy((line) -> assertThat(line).startsWith("TIER-2-LICENCE"))
			.anySatisfy((line) -> assertThat(line).contains("LPP-QUOTA: 26,900,000 TPP"));
		assertThat(PolicyFixtures.policy("advanced-computing-2023").describeChecks())
			.noneSatisfy((line) -> assertThat(line).contains("ASCEND-GP10"));
	}

}
