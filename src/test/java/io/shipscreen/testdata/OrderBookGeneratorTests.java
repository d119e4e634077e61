package io.shipscreen.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The benchmark's data has the proportions of a real order book, and is the same for a seed. */
class OrderBookGeneratorTests {

	private static final int ROWS = 20_000;

	private static final Set<String> ACCELERATORS = Set.of("H100-SXM5-80G", "H200-SXM-141G", "B200-SXM-192G",
			"MI300X-OAM", "HL-325L", "DGX-H100", "A100-PCIE-80G", "Ascend 910B", "L40S-48G");

	private static List<TransactionRows.Row> book(long seed) throws Exception {
		List<TransactionRows.Row> rows = new ArrayList<>();
		new OrderBookGenerator(ROWS, seed, 0.02, LocalDate.of(2026, 11, 30), "T-", Path.of("config/lists"))
			.forEach(rows::add);
		return rows;
	}

	@Test
	void customersRepeatAndAFewBigOnesPlaceMostLines() throws Exception {
		Map<Object, Long> lines = count(book(1), (row) -> row.get("purchaser_name"));
		List<Long> largestFirst = lines.values().stream().sorted(Comparator.reverseOrder()).toList();
		long top20 = largestFirst.stream().limit(20).mapToLong(Long::longValue).sum();
		assertThat(lines.size()).as("distinct customers").isBetween(1_000, 4_500);
		assertThat(top20).as("lines of the 20 biggest customers").isBetween(ROWS * 30L / 100, ROWS * 75L / 100);
	}

	@Test
	void mostLinesAreAlliedMarketsAndOrdinaryParts() throws Exception {
		List<TransactionRows.Row> rows = book(2);
		long accelerators = rows.stream().filter((row) -> ACCELERATORS.contains(row.get("item_part_number"))).count();
		long restricted = rows.stream()
			.filter((row) -> Set.of("CN", "HK", "MO", "RU").contains(row.get("ultimate_consignee_country")))
			.count();
		assertThat(accelerators * 100.0 / ROWS).as("%% accelerator lines").isBetween(15.0, 35.0);
		assertThat(restricted * 100.0 / ROWS).as("%% lines to D:5, Macau, Russia").isBetween(0.5, 3.0);
	}

	@Test
	void aFewPerCentOfRowsAreBadAndSomePartiesComeFromTheBundledLists() throws Exception {
		List<TransactionRows.Row> rows = book(3);
		long bad = rows.stream().filter(OrderBookGeneratorTests::spoiled).count();
		assertThat(bad * 100.0 / ROWS).as("%% bad rows").isBetween(1.5, 2.5);
		long listed = rows.stream()
			.map((row) -> String.valueOf(row.get("end_user_name")).toUpperCase())
			.filter((name) -> name.contains("HUAWEI") || name.contains("SEMICONDUCTOR MANUFACTURING")
					|| name.contains("SMIC") || name.contains("INSPUR") || name.contains("SUGON"))
			.count();
		assertThat(listed).as("lines naming Entity List companies").isPositive();
	}

	@Test
	void theSameSeedGivesTheSameBook() throws Exception {
		assertThat(book(7).subList(0, 500)).isEqualTo(book(7).subList(0, 500));
		assertThat(book(7).subList(0, 500)).isNotEqualTo(book(8).subList(0, 500));
	}

	private static boolean spoiled(TransactionRows.Row row) {
		return "Untied States".equals(row.get("ship_to_country"))
				|| (row.get("quantity") instanceof Integer q && q < 0) || !row.containsKey("ultimate_consignee_name")
				|| "31/11/2026".equals(row.get("order_date")) || "call for price".equals(row.get("unit_value_usd"));
	}

	private static Map<Object, Long> count(List<TransactionRows.Row> rows, Function<TransactionRows.Row, Object> key) {
		return rows.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
	}

}
