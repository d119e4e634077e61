package io.shipscreen.ownership;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.shipscreen.screening.Hit;
import io.shipscreen.shared.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped rules file, and what a compliance officer's one-line edit does. */
class OwnershipRulesTest {

	@TempDir
	Path dir;

	@Test
	void theShippedAffiliatesRuleIsInForceThenSuspendedThenBackAndOfacAppliesAlways() {
		OwnershipRules rules = OwnershipRules.read(OwnershipFixture.SHIPPED_RULES);
		OwnershipRule affiliates = rules.rules().stream().filter((r) -> r.id().equals("bis-affiliates")).findFirst()
			.orElseThrow();
		OwnershipRule ofac = rules.rules().stream().filter((r) -> r.id().equals("ofac-50")).findFirst().orElseThrow();

		assertThat(affiliates.statusOn(LocalDate.of(2025, 9, 28))).isInstanceOf(OwnershipRule.NotYet.class);
		assertThat(affiliates.statusOn(LocalDate.of(2025, 9, 29))).isInstanceOf(OwnershipRule.InForce.class);
		assertThat(affiliates.statusOn(LocalDate.of(2025, 11, 9))).isInstanceOf(OwnershipRule.InForce.class);
		assertThat(affiliates.statusOn(LocalDate.of(2025, 11, 10))).isInstanceOf(OwnershipRule.Suspended.class);
		assertThat(affiliates.statusOn(LocalDate.of(2026, 11, 9))).isInstanceOf(OwnershipRule.Suspended.class);
		assertThat(affiliates.statusOn(LocalDate.of(2026, 11, 10))).isInstanceOf(OwnershipRule.InForce.class);
		assertThat(ofac.statusOn(LocalDate.of(1999, 1, 1))).isInstanceOf(OwnershipRule.InForce.class);
		assertThat(affiliates.citation()).contains("90 FR 47201");
		assertThat(affiliates.suspensions()).singleElement()
			.satisfies((s) -> assertThat(s.citation()).contains("90 FR 50857"));
	}

	@Test
	void movingTheSuspensionsEndDateInOneLineExtendsTheSuspension() throws Exception {
		String shipped = Files.readString(OwnershipFixture.SHIPPED_RULES);
		assertThat(shipped).containsOnlyOnce("to: 2026-11-09");
		Path extended = Files.writeString(this.dir.resolve("rules.yml"),
				shipped.replace("to: 2026-11-09", "to: 2027-11-09"));
		OwnershipFixture world = new OwnershipFixture(this.dir);
		Path register = world.register("Pearl River Compute Co. Ltd.,CN,Huawei Technologies Co. Ltd.,CN,60");

		Hit hit = world.check(world.screenUnder(extended, register))
			.check(OwnershipFixture.order(LocalDate.of(2026, 12, 1), "Pearl River Compute Co. Ltd.", "CN"), null)
			.get(0);

		assertThat(hit.severity()).isEqualTo(Severity.INFO);
		assertThat(hit.reason()).contains("suspended from 2025-11-10 to 2027-11-09");
	}

	@Test
	void aBadRulesFileFailsTheStartNamingTheKey() throws Exception {
		Path bad = Files.writeString(this.dir.resolve("rules.yml"), """
				rules:
				  - id: bis-affiliates
				    title: BIS Affiliates Rule
				    lists: [EL, XYZ]
				    threshold-percent: 50
				""");
		Path badDate = Files.writeString(this.dir.resolve("rules2.yml"), Files.readString(OwnershipFixture.SHIPPED_RULES)
			.replace("to: 2026-11-09", "to: 2026-13-09"));

		assertThatThrownBy(() -> OwnershipRules.read(bad)).hasMessageContaining("rule bis-affiliates names unknown list 'XYZ'");
		assertThatThrownBy(() -> OwnershipRules.read(badDate)).hasMessageContaining("is not a date");
	}

}
