package io.shipscreen.screening;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.shipscreen.policy.Policy;
import io.shipscreen.policy.PolicyCatalog;
import io.shipscreen.policy.PolicyFixtures;
import io.shipscreen.transaction.ExportTransaction;
import io.shipscreen.transaction.Party;
import io.shipscreen.transaction.PartyRole;
import io.shipscreen.transaction.SourceRef;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample rows of docs/policies.md (meant for the input/ workbooks) raise what the document
 * says: under the policy of their order date, and under the what-if tiered rule.
 */
class SampleRowsTest {

	private static final Path DOC = Path.of("docs/policies.md");

	static List<CSVRecord> rows() throws IOException {
		String text = Files.readString(DOC);
		int start = text.indexOf("```csv\n", text.indexOf("<!-- sample-rows -->")) + "```csv\n".length();
		String csv = text.substring(start, text.indexOf("```", start));
		return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
	}

	@Test
	void everySampleRowRaisesWhatTheDocumentSays() throws IOException {
		PolicyCatalog catalog = PolicyFixtures.catalog();
		AllChecks byDate = new AllChecks();
		AllChecks whatIf = new AllChecks();
		List<String> problems = new ArrayList<>();
		for (CSVRecord row : rows()) {
			ExportTransaction tx = transaction(row);
			check(problems, row, "by date", byDate.screen(tx, catalog.forOrderDate(tx.orderDate())), row.get("expect_by_date"));
			Policy diffusion = PolicyFixtures.policy("ai-diffusion-2025");
			check(problems, row, "what-if", whatIf.screen(tx, diffusion), row.get("expect_what_if"));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theSamplesExerciseEveryRuleFamily() throws IOException {
		List<String> expected = rows().stream()
			.flatMap((r) -> Arrays.stream((r.get("expect_by_date") + " " + r.get("expect_what_if")).split(" ")))
			.distinct()
			.toList();
		assertThat(expected).contains("DEST-D5", "DEST-MACAU", "DEST-D1-D4", "HQ-D5", "EMBARGO-E1", "EMBARGO-REGION",
				"ECCN-MISCLASSIFIED", "ECCN-UNKNOWN", "ASCEND-GP10", "ENDUSE-AI-TRAINING", "ENDUSE-MILITARY", "ENDUSE-IAAS",
				"ENDUSE-MISSING", "DIVERSION-FORWARDER", "DIVERSION-TRANSSHIPMENT", "DIVERSION-PAYMENT",
				"DIVERSION-NEW-CUSTOMER", "DIVERSION-VOLUME", "DIVERSION-ADDRESS", "DIVERSION-PARENT", "TIER-3-DESTINATION", "TIER-2-LICENCE");
	}

	private static void check(List<String> problems, CSVRecord row, String how, AllChecks.Outcome outcome, String expect) {
		String actual = (outcome.decision() + " " + String.join(" ", outcome.flags())).trim();
		if (!actual.equals(expect)) {
			problems.add(row.get("transaction_id") + " " + how + ": expected '" + expect + "' but was '" + actual + "' "
					+ outcome);
		}
	}

	static ExportTransaction transaction(CSVRecord r) {
		return new ExportTransaction(SourceRef.ofRow("docs/policies.md", r.getRecordNumber() + 1), r.get("transaction_id"),
				LocalDate.parse(r.get("order_date")), "Example Exports Inc.", blank(r, "item_part_number"),
				r.get("item_description"), blank(r, "manufacturer"), blank(r, "eccn"), Long.parseLong(r.get("quantity")),
				new BigDecimal(r.get("unit_value_usd")), decimal(r, "tpp_per_unit"), decimal(r, "performance_density"),
				party(PartyRole.PURCHASER, r, "purchaser", null), party(PartyRole.INTERMEDIATE_CONSIGNEE, r, "intermediate_consignee", null),
				party(PartyRole.ULTIMATE_CONSIGNEE, r, "ultimate_consignee", blank(r, "ultimate_consignee_address")),
				party(PartyRole.END_USER, r, "end_user", null), blank(r, "end_user_parent_country"),
				blank(r, "ultimate_consignee_parent_country"), blank(r, "purchaser_parent_country"), blank(r, "end_use"),
				r.get("ship_to_country"), blank(r, "payment_country"), blank(r, "license_number"), blank(r, "license_exception"),
				(blank(r, "customer_since") != null) ? LocalDate.parse(r.get("customer_since")) : null, Map.of());
	}

	private static Party party(PartyRole role, CSVRecord r, String prefix, String address) {
		String name = blank(r, prefix + "_name");
		return (name != null) ? new Party(role, name, address, blank(r, prefix + "_country")) : null;
	}

	private static String blank(CSVRecord r, String column) {
		String value = r.get(column);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static BigDecimal decimal(CSVRecord r, String column) {
		String value = blank(r, column);
		return (value != null) ? new BigDecimal(value) : null;
	}

}
