package io.shipscreen.policy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shipscreen.cli.CommandException;
import io.shipscreen.cli.CommandLine;
import io.shipscreen.cli.ExitCodes;

class PoliciesCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final PoliciesCommand command = new PoliciesCommand(PolicyFixtures.catalog(),
			new PrintStream(this.out, true, StandardCharsets.UTF_8));

	private static CommandLine line(String... arguments) {
		DefaultApplicationArguments raw = new DefaultApplicationArguments(arguments);
		return new CommandLine("policies", raw.getNonOptionArgs(), raw);
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

	@Test
	void showsTheRulesInForceOnADate() {
		this.command.run(line("--date=2026-08-01"));
		String august = this.out.toString(StandardCharsets.UTF_8);
		assertThat(august).startsWith("Orders dated 2026-08-01 are screened under post-rescission-2025 v4")
			.contains("checks on 2026-08-01:")
			.contains("    - DEST-UAE: licence for advanced-computing items to or within the United Arab Emirates")
			.contains("    -   exempt: G42 until 2027-04-06 (Supp. No. 8")
			.contains("    - INFORMED-H20-MI308: licence (HOLD without) for family h20-mi308-class to D:5/CN/MO")
			.contains("on 2026-08-01: AE in [A:5]")
			.doesNotContain("advanced-computing-2023");
		this.out.reset();
		this.command.run(line("--date=2026-07-09"));
		assertThat(this.out.toString(StandardCharsets.UTF_8)).doesNotContain("DEST-UAE")
			.contains("on 2026-07-09: AE in [D:4]");
		this.out.reset();
		this.command.run(line("--date=2027-04-07"));
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("DEST-UAE").doesNotContain("exempt: G42");
	}

	@Test
	void aBadDateIsAUsageError() {
		assertThatThrownBy(() -> this.command.run(line("--date=01/08/2026"))).isInstanceOf(CommandException.class)
			.hasMessage("--date=01/08/2026 is not a date (yyyy-MM-dd)");
		assertThatThrownBy(() -> this.command.run(line("advanced-computing-2023", "--date=2026-08-01")))
			.hasMessage("policy advanced-computing-2023 (2023-11-17 → 2025-05-12) does not cover 2026-08-01");
	}

}
