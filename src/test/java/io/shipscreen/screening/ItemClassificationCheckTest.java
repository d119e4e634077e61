package io.shipscreen.screening;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.shipscreen.policy.Policy;
import io.shipscreen.policy.PolicyFixtures;
import io.shipscreen.shared.Severity;

import static org.assertj.core.api.Assertions.assertThat;

class ItemClassificationCheckTest {

	private static final Policy POST = PolicyFixtures.policy("post-rescission-2025");

	private final ItemClassificationCheck check = new ItemClassificationCheck(PolicyFixtures.classifier());

	private List<Hit> screen(Tx tx) {
		return this.check.check(tx.build(), new ScreeningContext(1, LocalDate.of(2026, 3, 3), POST));
	}

	@Test
	void flagsAnEar99DeclarationThatTheTppContradicts() {
		assertThat(screen(Tx.h100().eccn("EAR99"))).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("ECCN-MISCLASSIFIED");
			assertThat(hit.severity()).isEqualTo(Severity.REVIEW);
			assertThat(hit.field()).isEqualTo("eccn");
			assertThat(hit.evidence()).isEqualTo("declared EAR99; TPP 15,832 and PD 19.45 per unit meets 3A090.a (TPP ≥ 4800)");
			assertThat(hit.reason()).contains("declared ECCN EAR99 contradicts TPP 15,832");
			assertThat(hit.citation()).contains("3A090");
		});
	}

	@Test
	void flagsA5A992DeclarationForACataloguePart() {
		Tx row = Tx.h100().item("MI300X", "AMD Instinct MI300X", "AMD").eccn("5A992.c").performance(null, null);
		assertThat(screen(row)).singleElement()
			.satisfies((hit) -> assertThat(hit.evidence()).contains("(catalogue amd-mi300x) meets 3A090.a"));
	}

	@Test
	void aCorrectDeclarationOrAnUncontrolledItemRaisesNothing() {
		assertThat(screen(Tx.h100())).isEmpty();
		assertThat(screen(Tx.h100().eccn("3A991").performance("2000", "1.0"))).isEmpty();
	}

	@Test
	void recordsADerivedEccnForTheAudit() {
		assertThat(screen(Tx.h100().eccn(null))).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("ECCN-DERIVED");
			assertThat(hit.severity()).isEqualTo(Severity.INFO);
		});
	}

	@Test
	void asksForAClassificationWhenNothingTellsWhatTheItemIs() {
		Tx unknown = Tx.h100().item("ZX-9000", "Accelerator board", "Unknown Co").eccn(null).performance(null, null);
		assertThat(screen(unknown)).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("ECCN-UNKNOWN");
			assertThat(hit.severity()).isEqualTo(Severity.REVIEW);
		});
	}

}
