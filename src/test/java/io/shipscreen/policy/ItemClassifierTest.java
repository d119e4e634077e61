package io.shipscreen.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.shipscreen.transaction.ExportTransaction;
import io.shipscreen.transaction.Party;
import io.shipscreen.transaction.PartyRole;
import io.shipscreen.transaction.SourceRef;

import static org.assertj.core.api.Assertions.assertThat;

/** 3A090 thresholds from the rule text, on both sides of every boundary. */
class ItemClassifierTest {

	private static final Policy POLICY = PolicyFixtures.policy("post-rescission-2025");

	private final ItemClassifier classifier = PolicyFixtures.classifier();

	private static ExportTransaction item(String partNumber, String description, String eccn, String tpp, String pd) {
		return new ExportTransaction(SourceRef.ofRow("t.xlsx", 2), "T1", LocalDate.of(2026, 1, 5), null, partNumber,
				description, null, eccn, 1, BigDecimal.ONE, (tpp != null) ? new BigDecimal(tpp) : null,
				(pd != null) ? new BigDecimal(pd) : null, null, null,
				new Party(PartyRole.ULTIMATE_CONSIGNEE, "C", null, "JP"), null, null, null, "JP", null, null, null, null,
				Map.of());
	}

	@ParameterizedTest(name = "TPP {0}, PD {1} -> {2}")
	@CsvSource(nullValues = "-", value = {
			// 3A090.a.1: TPP 4800 or more
			"4800, -, 3A090.a", "4799.99, -, -", "15832, 19.45, 3A090.a",
			// 3A090.a.2: TPP 1600 or more and PD 5.92 or more
			"1600, 5.92, 3A090.a", "1599.99, 5.92, -", "1600, 5.91, 3A090.b",
			// 3A090.b.1: TPP 2400..<4800 and PD 1.6..<5.92
			"2400, 1.6, 3A090.b", "2399.99, 1.6, -", "2400, 1.59, -", "4799, 5.91, 3A090.b",
			// 3A090.b.2: TPP 1600 or more and PD 3.2..<5.92
			"1600, 3.2, 3A090.b", "1600, 3.19, -", "2368, 2.91, -" })
	void derivesTheEccnFromTppAndPd(String tpp, String pd, String expected) {
		ItemClass item = this.classifier.classify(item(null, "AI accelerator card", null, tpp, pd), POLICY);
		assertThat(item.eccn()).isEqualTo(expected);
		assertThat(item.controlled()).isEqualTo(expected != null);
	}

	@Test
	void note2TakesNonDataCentrePartsBelow4800OutOf3A090() {
		ItemClass gaming = this.classifier.classify(item(null, "Gaming graphics card", null, "4700", "7.7"), POLICY);
		assertThat(gaming.dataCentre()).isFalse();
		assertThat(gaming.eccn()).isNull();
		ItemClass gaming4800 = this.classifier.classify(item(null, "Gaming graphics card", null, "4800", "7.9"), POLICY);
		assertThat(gaming4800.eccn()).isEqualTo("3A090.a");
		// Without a telling word the part is assumed to be for data centres (conservative).
		assertThat(this.classifier.classify(item(null, "Graphics card", null, "4700", "7.7"), POLICY).eccn())
			.isEqualTo("3A090.a");
	}

	@Test
	void systemsContainingSuchChipsAre4A090() {
		ItemClass server = this.classifier.classify(item("DGX-H100", "NVIDIA DGX H100 server, 8 GPUs", null, "15832", "19.45"), POLICY);
		assertThat(server.eccn()).isEqualTo("4A090.a");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(nullValues = "-", value = { "H100-SXM5-80G, NVIDIA H100, 15832, 3A090.a, nvidia-h100-sxm",
			"900-21010-0000-000, NVIDIA H100 80GB PCIe, 12104, 3A090.a, nvidia-h100-pcie",
			"H200-141G, NVIDIA H200, 15832, 3A090.a, nvidia-h200", "H20-96G, NVIDIA H20, 2368, -, nvidia-h20",
			"B200-192G, NVIDIA B200, 36000, 3A090.a, nvidia-b200", "100-300000001, AMD Instinct MI300X OAM, 20918, 3A090.a, amd-mi300x",
			"HL-325L, Intel Gaudi 3 accelerator, 29360, 3A090.a, intel-gaudi3", "Ascend 910B, Huawei Ascend 910B, 5120, 3A090.a, huawei-ascend-910b",
			"Ascend 910C, Huawei NPU, 12800, 3A090.a, huawei-ascend-910c", "L40S-48G, NVIDIA L40S, 5864, 3A090.a, nvidia-l40s",
			"L40-48G, NVIDIA L40, 2897, 3A090.b, nvidia-l40", "RTX 4090, GeForce RTX 4090, 5285, 3A090.a, nvidia-rtx-4090",
			"RTX 4090D, GeForce RTX 4090 D, 4708, -, nvidia-rtx-4090d" })
	void fillsMissingPerformanceFromTheCatalogue(String part, String description, String tpp, String eccn, String id) {
		ItemClass item = this.classifier.classify(item(part, description, null, null, null), POLICY);
		assertThat(item.catalogue().id()).isEqualTo(id);
		assertThat(item.tppPerUnit()).isEqualByComparingTo(tpp);
		assertThat(item.eccn()).isEqualTo(eccn);
	}

	@Test
	void declaredEccnWinsUnlessPerformanceContradictsIt() {
		assertThat(this.classifier.classify(item("X", "Card", "5A992.c", "15832", "19.45"), POLICY))
			.satisfies((item) -> {
				assertThat(item.misclassified()).isTrue();
				assertThat(item.eccn()).isEqualTo("3A090.a");
				assertThat(item.basis()).isEqualTo("derived from row TPP/PD (declared 5A992.c)");
			});
		assertThat(this.classifier.classify(item("X", "Card", "3a090", "15832", "19.45"), POLICY))
			.satisfies((item) -> {
				assertThat(item.misclassified()).isFalse();
				assertThat(item.eccn()).isEqualTo("3A090.a");
			});
		assertThat(this.classifier.classify(item("X", "Card", "3A090.b", "15832", "19.45"), POLICY))
			.satisfies((item) -> {
				assertThat(item.misclassified()).isTrue();
				assertThat(item.eccn()).isEqualTo("3A090.a");
			});
		assertThat(this.classifier.classify(item("X", "Card", "EAR99", "100", null), POLICY))
			.satisfies((item) -> {
				assertThat(item.misclassified()).isFalse();
				assertThat(item.eccn()).isEqualTo("EAR99");
			});
	}

}
