package io.shipscreen.screening;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.shipscreen.policy.Policy;
import io.shipscreen.policy.PolicyFixtures;
import io.shipscreen.shared.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/** The is-informed licence requirement for H20/MI308-class parts (part-rules of the policies). */
class PartRuleCheckTest {

	private final PartRuleCheck check = new PartRuleCheck(PolicyFixtures.classifier(), PolicyFixtures.products(),
			new LicenceResolver());

	private List<Hit> screen(Tx tx) {
		Policy policy = PolicyFixtures.catalog().forOrderDate(tx.build().orderDate());
		return this.check.check(tx.build(), new ScreeningContext(1, LocalDate.of(2026, 12, 1), policy));
	}

	private static Tx h20() {
		return Tx.h100().item("H20-96G", "NVIDIA H20 96GB data center GPU", "NVIDIA").eccn(null).performance(null, null);
	}

	@Test
	void holdsAnH20ToChinaHongKongAndMacauThoughBelow3A090() {
		for (String country : List.of("CN", "HK", "MO", "RU")) {
			assertThat(screen(h20().to(country).ordered("2026-03-02"))).as(country).singleElement().satisfies((hit) -> {
				assertThat(hit.ruleId()).isEqualTo("INFORMED-H20-MI308");
				assertThat(hit.severity()).isEqualTo(Severity.HOLD);
				assertThat(hit.reason()).startsWith("A licence is required for NVIDIA H20 96GB to ")
					.contains("although the part is below 3A090; no licence is recorded.");
				assertThat(hit.evidence()).contains("part nvidia-h20 (h20-mi308-class)");
				assertThat(hit.citation()).contains("is-informed").contains("8-K");
			});
		}
		assertThat(screen(h20().to("JP").ordered("2026-03-02"))).isEmpty();
	}

	@Test
	void appliesFromTheNinthOfApril2025UnderThePolicyOfTheOrderDate() {
		assertThat(screen(h20().to("CN").ordered("2025-04-08"))).isEmpty();
		// 2025-04-09 is still under advanced-computing-2023, which has the rule too
		assertThat(screen(h20().to("CN").ordered("2025-04-09"))).singleElement()
			.satisfies((hit) -> assertThat(hit.policyId()).isEqualTo("advanced-computing-2023"));
	}

	@Test
	void catchesAnEntityHeadquarteredThereAndAnMi308ByItsPartNumber() {
		Tx mi308 = Tx.h100().item("MI308X-OAM", "AMD Instinct accelerator", "AMD").eccn(null).performance(null, null);
		assertThat(screen(mi308.to("DE").consigneeParent("CN").ordered("2026-03-02"))).singleElement().satisfies((hit) -> {
			assertThat(hit.field()).isEqualTo("ultimate_consignee_parent_country");
			assertThat(hit.reason()).contains("AMD Instinct MI308X to parties with the ultimate consignee's ultimate parent in China (CN)")
				.contains("whatever its classification");
		});
	}

	@Test
	void aLicenceOnFileClearsIt() {
		assertThat(screen(h20().to("CN").licence("D1112223").ordered("2026-03-02"))).extracting(Hit::ruleId)
			.containsExactly("LICENCE-ON-FILE");
	}

}
