package io.shipscreen.screening;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.shipscreen.policy.Policy;
import io.shipscreen.policy.PolicyFixtures;
import io.shipscreen.shared.Severity;

import static org.assertj.core.api.Assertions.assertThat;

class EndUseCheckTest {

	private static final Policy POST = PolicyFixtures.policy("post-rescission-2025");

	private static final Policy DIFFUSION = PolicyFixtures.policy("ai-diffusion-2025");

	private final EndUseCheck check = new EndUseCheck(PolicyFixtures.classifier());

	private List<Hit> screen(Tx tx, Policy policy) {
		return this.check.check(tx.build(), new ScreeningContext(1, LocalDate.of(2026, 3, 3), policy));
	}

	private static List<String> rules(List<Hit> hits) {
		return hits.stream().map((h) -> h.ruleId() + ":" + h.severity()).toList();
	}

	@Test
	void aiTrainingForAChineseHeadquarteredEntityIsHeldWhereverTheComputeIs() {
		Tx row = Tx.h100().to("MY").parent("CN").endUse("LLM training cluster for our parent company");
		assertThat(screen(row, POST)).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("ENDUSE-AI-TRAINING");
			assertThat(hit.severity()).isEqualTo(Severity.HOLD);
			assertThat(hit.evidence()).isEqualTo("'llm' in end_use \"LLM training cluster for our parent company\"; end_user_parent_country=CN");
			assertThat(hit.citation()).contains("744.23");
		});
	}

	@Test
	void matchesNormalisedTextAndPlacesNamedInIt() {
		Tx row = Tx.h100().to("SG").endUse("Entraînement de MODÈLES — Large-Language-Model training for a Shenzhen lab");
		assertThat(rules(screen(row, POST))).containsExactly("ENDUSE-AI-TRAINING:HOLD");
	}

	@Test
	void aiTrainingForAJapaneseCompanyIsClear() {
		assertThat(screen(Tx.h100().endUse("Foundation model training"), POST)).isEmpty();
	}

	@Test
	void redFlag28OnlyUnderTheTieredRule() {
		Tx row = Tx.h100().to("AE").endUse("AI training for customers");
		assertThat(screen(row, POST)).isEmpty();
		assertThat(rules(screen(row, DIFFUSION))).containsExactly("ENDUSE-AI-TRAINING:REVIEW");
	}

	@Test
	void militaryTermsAreReviewedAndHeldWhenTiedToD5() {
		assertThat(rules(screen(Tx.h100().to("IN").endUse("Radar signal processing for the Navy"), POST)))
			.containsExactly("ENDUSE-MILITARY:REVIEW");
		assertThat(rules(screen(Tx.h100().to("CN").endUse("PLA target recognition research"), POST)))
			.containsExactly("ENDUSE-MILITARY:HOLD");
		// Whole words only: "farms" is not "arms", "armyworm" is not "army".
		assertThat(screen(Tx.h100().endUse("Crop yield models for farms; armyworm detection"), POST)).isEmpty();
	}

	@Test
	void cloudResaleIsReviewed() {
		assertThat(rules(screen(Tx.h100().to("DE").endUse("GPU rental to third party users"), POST)))
			.containsExactly("ENDUSE-IAAS:REVIEW");
	}

	@Test
	void aMissingStatementOnAnAdvancedChipOrderIsReviewed() {
		assertThat(rules(screen(Tx.h100().endUse(null), POST))).containsExactly("ENDUSE-MISSING:REVIEW");
		assertThat(rules(screen(Tx.h100().endUse("  N/A "), POST))).containsExactly("ENDUSE-MISSING:REVIEW");
		Tx cable = Tx.h100().item("CAB", "Cable", "Acme").eccn("EAR99").performance(null, null).endUse(null);
		assertThat(screen(cable, POST)).isEmpty();
	}

}
