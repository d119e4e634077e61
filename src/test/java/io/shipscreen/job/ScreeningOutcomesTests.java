package io.shipscreen.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.shipscreen.testdata.TransactionRows;
import io.shipscreen.testdata.WorkbookFixture;
import io.shipscreen.testdata.WorkbookRows;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the compliance team reads in the morning for the cases the seed article and the brief
 * talk about: the same order book under the rules in force and under the tiered what-if rule,
 * and a listed party that is held for the party alone.
 */
@SpringBootTest(properties = { "shipscreen.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:nightly;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1" })
class ScreeningOutcomesTests {

	@Autowired
	NightlyRunLauncher launcher;

	@TempDir
	Path dir;

	@Test
	void theTieredWhatIfHoldsAPortugueseDataCentreThatTheRulesInForceClear() throws Exception {
		// given: Japan, China and Portugal buy H100s in March 2026
		Path input = WorkbookFixture.transactions()
			.row(h100("JP-1", "Sakura Compute KK", "JP"))
			.row(h100("CN-1", "Beijing Zhiyuan Computing Co Ltd", "CN"))
			.row(h100("PT-1", "Lisboa AI Data Centre SA", "PT"))
			.writeTo(this.dir.resolve("book.xlsx"));

		// when: screened under the rules of the order date, then as if the tiered rule applied
		Map<String, String> inForce = flagged(run(input, "in-force", RunParameters.BY_ORDER_DATE));
		Map<String, String> whatIf = flagged(run(input, "what-if", "ai-diffusion-2025"));

		// then
		assertThat(inForce).containsOnlyKeys("CN-1");
		assertThat(inForce.get("CN-1")).startsWith("HOLD").contains("DEST-D5");
		assertThat(whatIf).containsOnlyKeys("CN-1", "PT-1");
		assertThat(whatIf.get("CN-1")).startsWith("HOLD").contains("TIER-3-DESTINATION");
		assertThat(whatIf.get("PT-1")).startsWith("HOLD").contains("TIER-2-LICENCE");
	}

	@Test
	void aListedPartyInATierOneCountryIsHeldForThePartyAloneWithTheEvidenceShown() throws Exception {
		// given: a power supply (EAR99) for a Huawei affiliate in Berlin
		Path input = WorkbookFixture.transactions()
			.row(TransactionRows.clean("EL-1")
				.with("ultimate_consignee_name", "Huawei Cloud Berlin")
				.with("ultimate_consignee_address", "Alexanderplatz 1, Berlin")
				.with("ultimate_consignee_country", "DE")
				.with("ship_to_country", "DE"))
			.writeTo(this.dir.resolve("book.xlsx"));

		// when
		Path flagged = run(input, "party", RunParameters.BY_ORDER_DATE);

		// then
		List<Map<String, String>> rows = WorkbookRows.of(flagged, "Flagged");
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.get("Decision")).isEqualTo("HOLD");
			assertThat(row.get("Rules")).isEqualTo("PARTY-EL");
			assertThat(row.get("Evidence")).contains("Entity List").contains("Huawei Cloud Berlin");
			assertThat(row.get("ECCN")).isEqualTo("EAR99");
			assertThat(row.get("Consignee country")).isEqualTo("DE");
		});
		assertThat(WorkbookRows.of(flagged, "Hits")).extracting((hit) -> hit.get("Rule"))
			.containsOnly("PARTY-EL");
	}

	private Path run(Path input, String name, String policy) throws Exception {
		Path output = this.dir.resolve(name);
		LocalDate night = LocalDate.of(2027, 1, 1).plusDays(Math.floorMod(System.nanoTime(), 5000));
		JobExecution execution = this.launcher.launch(new RunParameters(night, RunParameters.SOURCE_EXCEL,
				input.toAbsolutePath().toString(), policy, 0, output), false);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return output.resolve("flagged-" + night + ".xlsx");
	}

	/** Transaction id → "DECISION rules" of the flagged rows. */
	private static Map<String, String> flagged(Path workbook) throws Exception {
		Map<String, String> flagged = new java.util.HashMap<>();
		for (Map<String, String> row : WorkbookRows.of(workbook, "Flagged")) {
			flagged.put(row.get("Transaction ID"), row.get("Decision") + " " + row.get("Rules"));
		}
		return flagged;
	}

	private static TransactionRows.Row h100(String id, String consignee, String country) {
		return NightlyScreeningScenarios.h100To(id, consignee, country)
			.with("order_date", LocalDate.of(2026, 3, 2))
			.with("end_use", "Language models for our own services")
			.with("customer_since", LocalDate.of(2019, 1, 1));
	}

}
