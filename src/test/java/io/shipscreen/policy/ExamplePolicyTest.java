package io.shipscreen.policy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked example of config/policies/README.md loads and means what the README says. */
class ExamplePolicyTest {

	private final Policy example = PolicyFixtures.load(Path.of("config/policies/examples/bilateral-deals-example.yml"));

	@Test
	void agreementsRaiseTheAllocationFromTheirDate() {
		QuotaRules quotas = this.example.quotas();
		assertThat(quotas.allocationFor("AE", LocalDate.of(2026, 7, 1))).isEqualByComparingTo("1580000000");
		assertThat(quotas.allocationFor("SA", LocalDate.of(2026, 8, 31))).isEqualByComparingTo("790000000");
		assertThat(quotas.allocationFor("SA", LocalDate.of(2026, 9, 1))).isEqualByComparingTo("1580000000");
		assertThat(quotas.allocationFor("MX", LocalDate.of(2026, 9, 1))).isEqualByComparingTo(new BigDecimal("790000000"));
	}

	@Test
	void namedConsigneesAreExemptMatchedOnNormalisedNames() {
		QuotaRules quotas = this.example.quotas();
		LocalDate date = LocalDate.of(2026, 8, 1);
		assertThat(quotas.exemptingAgreement("AE", TermMatcher.normalise("EXAMPLE CLOUD, L.L.C."), date)).isNull();
		assertThat(quotas.exemptingAgreement("AE", TermMatcher.normalise("Example Cloud LLC"), date)).isNotNull();
		assertThat(quotas.exemptingAgreement("AE", TermMatcher.normalise("example  cloud llc"), date)).isNotNull();
		assertThat(quotas.exemptingAgreement("AE", TermMatcher.normalise("Example Cloud LLC"), LocalDate.of(2026, 6, 30)))
			.isNull();
		assertThat(quotas.validatedEndUser(TermMatcher.normalise("Example Hyperscaler India Pvt. Ltd."), "IN")).isNotNull();
	}

	@Test
	void isNeverSelectedByDate() {
		assertThat(this.example.selectableByDate()).isFalse();
	}

}
