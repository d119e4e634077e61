package io.shipscreen.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A bad policy file stops the start with one line: file, line, what is wrong. */
class PolicyFileErrorsTest {

	private static final Path SHIPPED = Path.of("config/policies/post-rescission-2025.yml");

	@TempDir
	Path dir;

	@Test
	void namesFileLineAndBadCountryCode() throws IOException {
		int line = write("A:6: [AL, CY, IL, MT, MX, SG, ZA, TW]", "A:6: [AL, CY, IL, MT, MX, SG, ZA, XX]");
		assertThatThrownBy(this::load).isInstanceOf(PolicyFileException.class)
			.hasMessage("policies/post-rescission-2025.yml line " + line
					+ ": country-groups.A:6: 'XX' is not an ISO 3166-1 alpha-2 country code");
	}

	@Test
	void namesAnUndefinedCitation() throws IOException {
		int line = write("citation: embargo-e2}", "citation: embargo-cuba}");
		assertThatThrownBy(this::load)
			.hasMessage("policies/post-rescission-2025.yml line " + line
					+ ": embargo.groups.citation: citation 'embargo-cuba' is not defined under 'citations:'");
	}

	@Test
	void namesAnUnknownKey() throws IOException {
		int line = write("  new-customer-days: 365", "  new-customer-dayz: 365");
		assertThatThrownBy(this::load)
			.hasMessage("policies/post-rescission-2025.yml line " + line + ": diversion: unknown key 'new-customer-dayz'");
	}

	@Test
	void namesABadDate() throws IOException {
		int line = write("effective-from: 2025-05-13", "effective-from: 13/05/2025");
		assertThatThrownBy(this::load).hasMessage(
				"policies/post-rescission-2025.yml line " + line + ": effective-from: '13/05/2025' is not a date (yyyy-MM-dd)");
	}

	@Test
	void namesAnUndefinedGroup() throws IOException {
		int line = write("groups: [D:1, D:4], unless-groups: [A:5, A:6]", "groups: [D:1, D:4], unless-groups: [A:5, A:7]");
		assertThatThrownBy(this::load).hasMessage("policies/post-rescission-2025.yml line " + line
				+ ": destination.rules.unless-groups: country group 'A:7' is not defined under 'country-groups:'");
	}

	@Test
	void namesAMissingKey() throws IOException {
		write("title: Advanced-computing rules after the AI Diffusion rescission (default for orders from 2025-05-13)", "");
		assertThatThrownBy(this::load)
			.hasMessage("policies/post-rescission-2025.yml line 6: missing required key 'title'");
	}

	@Test
	void namesBrokenYamlSyntax() throws IOException {
		int line = write("  E:2: [CU]", "  E:2: [CU");
		// the parser notices the unclosed list where it cannot go on (the next key, after a comment);
		// the message names both lines
		assertThatThrownBy(this::load).hasMessage("policies/post-rescission-2025.yml line " + (line + 3)
				+ ": not valid YAML: expected ',' or ']', but got ? (while parsing a flow sequence that starts on line "
				+ line + ")");
	}

	@Test
	void namesAnUnknownKeyInAnExemption() throws IOException {
		int line = write("{name: Core42, note:", "{name: Core42, notes:");
		assertThatThrownBy(this::load).hasMessage("policies/post-rescission-2025.yml line " + line
				+ ": destination.rules.exempt-consignees: unknown key 'notes'");
	}

	@Test
	void anExemptionNeedsItsUntilDate() throws IOException {
		int line = write("{name: Core42, note: \"an approved entity of Supp. No. 8 to Part 740\", until: 2027-04-06, citation: uae-supp8}",
				"{name: Core42, note: \"an approved entity of Supp. No. 8 to Part 740\", citation: uae-supp8}");
		assertThatThrownBy(this::load).hasMessage("policies/post-rescission-2025.yml line " + line
				+ ": destination.rules.exempt-consignees: exempt consignee 'Core42' of DEST-UAE needs 'until:' (its last exempt"
				+ " day, or 'open' when the rule sets no end date)");
	}

	@Test
	void anExemptionNeedsItsCitation() throws IOException {
		int line = write("{name: Core42, note: \"an approved entity of Supp. No. 8 to Part 740\", until: 2027-04-06, citation: uae-supp8}",
				"{name: Core42, note: \"an approved entity of Supp. No. 8 to Part 740\", until: 2027-04-06}");
		assertThatThrownBy(this::load).hasMessage("policies/post-rescission-2025.yml line " + line
				+ ": destination.rules.exempt-consignees: exempt consignee 'Core42' of DEST-UAE needs 'citation:'"
				+ " (the text that exempts it)");
	}

	@Test
	void anExemptionsDateMustBeADate() throws IOException {
		int line = write("until: 2027-04-06, citation: uae-supp8}", "until: 2027-04-31, citation: uae-supp8}");
		assertThatThrownBy(this::load).hasMessage("policies/post-rescission-2025.yml line " + line
				+ ": destination.rules.exempt-consignees.until: '2027-04-31' is not a date (yyyy-MM-dd)");
	}

	@Test
	void aPartRuleNamingAnUnknownPartStopsTheStart() throws IOException {
		int line = write("    families: [h20-mi308-class]", "    parts: [nvidia-h20, amd-mi309x]");
		assertThatThrownBy(this::load).hasMessageStartingWith("policies/post-rescission-2025.yml line " + line
				+ ": part-rules.parts: part 'amd-mi309x' is not in the product catalogue (ids: [nvidia-h100-pcie,");
	}

	@Test
	void aPartRuleNamingAnUnknownFamilyStopsTheStart() throws IOException {
		int line = write("    families: [h20-mi308-class]", "    families: [h30-class]");
		assertThatThrownBy(this::load).hasMessage("policies/post-rescission-2025.yml line " + line
				+ ": part-rules.families: family 'h30-class' is not a 'family:' of any catalogue part (families: [h20-mi308-class])");
	}

	@Test
	void aHeadquartersPartyMustHaveAParentColumn() throws IOException {
		int line = write("parties: {end_user: HOLD, ultimate_consignee: HOLD, purchaser: HOLD}",
				"parties: {end_user: HOLD, ship_to: HOLD}");
		assertThatThrownBy(this::load).hasMessage("policies/post-rescission-2025.yml line " + line
				+ ": destination.headquarters.parties.ship_to: 'ship_to' is not one of [end_user, ultimate_consignee, purchaser]"
				+ " (the parties whose parent country the input gives)");
	}

	@Test
	void refusesTwoEnforcedPoliciesForTheSameDate() throws IOException {
		write("id: post-rescission-2025", "id: post-rescission-2025");
		String copy = Files.readString(this.dir.resolve("post-rescission-2025.yml")).replace("id: post-rescission-2025",
				"id: post-rescission-copy");
		Files.writeString(this.dir.resolve("copy.yml"), copy);
		assertThatThrownBy(() -> YamlPolicyCatalog.of(PolicyFixtures.loadAll(this.dir, "policies")))
			.hasMessageContaining("overlaps");
	}

	@Test
	void refusesAnAgreementRaisingTheAllocationBeyondTheRule() throws IOException {
		Path file = this.dir.resolve("ai.yml");
		String text = Files.readString(Path.of("config/policies/ai-diffusion-2025.yml"))
			.replace("  agreements: []", "  agreements:\n    - {country: AE, allocation-increase-percent: 150, citation: g2g}");
		Files.writeString(file, text);
		int line = lineOf(text, "allocation-increase-percent: 150");
		assertThatThrownBy(() -> PolicyFixtures.loadAll(this.dir, "policies")).hasMessage("policies/ai.yml line " + line
				+ ": quotas.agreements.allocation-increase-percent: 150 is outside 0..100 (max-allocation-increase-percent)");
	}

	private void load() {
		PolicyFixtures.loadAll(this.dir, "policies");
	}

	/** Writes the shipped file with one replacement; returns the 1-based line it is on. */
	private int write(String original, String replacement) throws IOException {
		String text = Files.readString(SHIPPED);
		if (!text.contains(original)) {
			throw new IllegalStateException("fixture text not found: " + original);
		}
		String changed = text.replace(original, replacement);
		Files.writeString(this.dir.resolve("post-rescission-2025.yml"), changed);
		return lineOf(changed, replacement.isEmpty() ? original : replacement);
	}

	private static int lineOf(String text, String fragment) {
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (!fragment.isEmpty() && lines.get(i).contains(fragment)) {
				return i + 1;
			}
		}
		return -1;
	}

}
