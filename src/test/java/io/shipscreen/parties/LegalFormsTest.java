package io.shipscreen.parties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A misspelt legal form is read as the form its neighbours make, the same in every JVM: "limite"
 * is one letter from both "limited" and "limitee", and which one a hash set offered first used to
 * decide whether "LIMITE LIABILITY COMPANY NEW CITY" matched the SDN entry at 1.00 or at 0.87.
 */
class LegalFormsTest {

	private final LegalForms forms = new LegalForms(List.of(List.of("LLC", "Limited Liability Company", "any"),
			List.of("LLC", "Societe a Responsabilite Limitee", "any")),
			(text) -> List.of(text.toLowerCase(Locale.ROOT).split(" ")));

	@Test
	void aTypoNearTwoFormWordsTakesTheOneItsNeighboursMakeAFormWith() {
		assertThat(strip("limite liability company new city")).containsExactly("new", "city");
		assertThat(strip("new city limite liability company")).containsExactly("new", "city");
		assertThat(strip("acme societe a responsabilite limite")).containsExactly("acme");
	}

	@Test
	void aTypoInAPartysOwnNameIsKept() {
		assertThat(strip("limitex holdings limited liability company")).containsExactly("limitex", "holdings");
	}

	@Test
	void theRealTablesReadTheSdnSpellingAsTheLimitedLiabilityCompanyItIs() {
		NameNormalizer normalizer = new NameNormalizer();
		for (int i = 0; i < 3; i++) {
			NormalizedName name = normalizer.normalize("LIMITE LIABILITY COMPANY NEW CITY");
			assertThat(name.primary().tokens()).containsExactly("new", "city");
			assertThat(name.legalForms()).containsExactly("LLC");
		}
	}

	private List<String> strip(String name) {
		return this.forms.strip(List.of(name.split(" ")), new ArrayList<>());
	}

}
