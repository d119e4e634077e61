package io.shipscreen.screening;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.shipscreen.policy.Policy;
import io.shipscreen.policy.PolicyFixtures;
import io.shipscreen.shared.Severity;

import static org.assertj.core.api.Assertions.assertThat;

class AscendGuidanceCheckTest {

	private static final Policy POST = PolicyFixtures.policy("post-rescission-2025");

	private final AscendGuidanceCheck check = new AscendGuidanceCheck(PolicyFixtures.classifier());

	private List<Hit> screen(Tx tx, Policy policy) {
		return this.check.check(tx.build(), new ScreeningContext(1, LocalDate.of(2026, 3, 3), policy));
	}

	private static Tx ascend(String part, String description, String manufacturer) {
		return Tx.h100().item(part, description, manufacturer).eccn(null).performance(null, null).to("MY");
	}

	@Test
	void holdsNamedAscendChipsByPartNumberDescriptionOrManufacturer() {
		for (Tx row : List.of(ascend("Ascend 910C", "AI processor", "Huawei"), ascend("ASC-910B", "Ascend910B NPU module", null),
				ascend("AT-900", "Atlas 900 cluster node", "Huawei"), ascend("HS-1", "NPU card", "HiSilicon").performance("6000", null))) {
			List<Hit> hits = screen(row, POST);
			assertThat(hits).singleElement().satisfies((hit) -> {
				assertThat(hit.ruleId()).isEqualTo("ASCEND-GP10");
				assertThat(hit.severity()).isEqualTo(Severity.HOLD);
				assertThat(hit.reason()).contains("General Prohibition 10");
				assertThat(hit.citation()).contains("May 13, 2025");
			});
		}
	}

	@Test
	void aPrcDesignersPartBelow3A090IsNotCaught() {
		assertThat(screen(ascend("HW-RTR", "Router", "Huawei").eccn("5A991").performance("10", null), POST)).isEmpty();
	}

	@Test
	void aPrcDesignersPartOfUnknownPerformanceIsReviewed() {
		assertThat(screen(ascend("MLU-X", "Accelerator", "Cambricon"), POST)).singleElement()
			.satisfies((hit) -> assertThat(hit.severity()).isEqualTo(Severity.REVIEW));
	}

	@Test
	void technicalAnalysisIsTheCarveOut() {
		Tx teardown = ascend("Ascend 910C", "AI processor", "Huawei").quantity(2)
			.endUse("Teardown and technical analysis by our benchmarking lab");
		assertThat(screen(teardown, POST)).singleElement().satisfies((hit) -> {
			assertThat(hit.severity()).isEqualTo(Severity.REVIEW);
			assertThat(hit.reason()).contains("technical analysis");
		});
	}

	@Test
	void anEndUseInAnAscendClusterIsReviewed() {
		assertThat(screen(Tx.h100().to("MY").endUse("Networking for our Ascend cluster"), POST)).singleElement()
			.satisfies((hit) -> {
				assertThat(hit.field()).isEqualTo("end_use");
				assertThat(hit.severity()).isEqualTo(Severity.REVIEW);
			});
	}

	@Test
	void theGuidanceDidNotExistBeforeMay2025() {
		assertThat(screen(ascend("Ascend 910B", "AI processor", "Huawei"), PolicyFixtures.policy("advanced-computing-2023")))
			.isEmpty();
	}

}
