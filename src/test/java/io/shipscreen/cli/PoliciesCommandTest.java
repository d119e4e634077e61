package io.shipscreen.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.DefaultApplicationArguments;

import io.shipscreen.policy.PolicyFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PoliciesCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final PoliciesCommand command = new PoliciesCommand(PolicyFixtures.catalog(),
			new PrintStream(this.out, true, StandardCharsets.UTF_8));

	private static CommandLine line(String... arguments) {
		return new CommandLine("policies", List.of(arguments), new DefaultApplicationArguments(arguments));
	}

	@Test
	void listsEveryPolicyWithItsRangeAndChecks() {
		assertThat(this.command.run(line())).isEqualTo(ExitCodes.OK);
		String text = this.out.toString(StandardCharsets.UTF_8);
		assertThat(text).contains("post-rescission-2025 v4  2025-05-13 →   enforced (selected by order date)")
			.contains("ai-diffusion-2025 v2  2025-01-13 →   what-if (only with --policy)")
			.contains("advanced-computing-2023 v2  2023-11-17 → 2025-05-12  enforced")
			.contains("    - DEST-D5: licence for advanced-computing items to Country Group D:5")
			.contains("    - TIER-2-LICENCE:")
			.contains("dated: KH in D:5 until 2025-11-06");
	}

	@Test
	void showsOnePolicyWithItsSummary() {
		this.command.run(line("ai-diffusion-2025"));
		assertThat(this.out.toString(StandardCharsets.UTF_8)).startsWith("ai-diffusion-2025 v2")
			.contains("What-if: Tier 1 (US + 18 allies) clear")
			.doesNotContain("post-rescission-2025 v4");
	}

	@Test
	void anUnknownPolicyIsAUsageError() {
		assertThatThrownBy(() -> this.command.run(line("nope"))).isInstanceOf(CommandException.class)
			.hasMessage("unknown policy 'nope' (known: advanced-computing-2023, ai-diffusion-2025, post-rescission-2025)")
			.satisfies((ex) -> assertThat(((CommandException) ex).exitCode()).isEqualTo(ExitCodes.USAGE));
	}

}
