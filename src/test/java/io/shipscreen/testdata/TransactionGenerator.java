package io.shipscreen.testdata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Realistic synthetic export transactions for samples, tests and benchmarks: a weighted country
 * mix, customers that repeat as in real order books, real AI-chip part numbers next to ordinary
 * server parts, some parties drawn from the bundled restricted-party lists (with variations), and
 * a few per cent of bad rows. Deterministic for a given seed. Rows are produced lazily, so a
 * million-row workbook never sits in memory.
 */
public final class TransactionGenerator implements Iterable<TransactionRows.Row> {

	/** An item line: part, description, manufacturer, declared ECCN, TPP, PD, unit value. */
	record Item(String part, String description, String manufacturer, String eccn, Integer tpp, Double density,
			int unitValue, int maxQuantity) {
	}

	/** A customer: name, address, country, end user's parent country, customer since. */
	record Customer(String name, String address, String country, String parentCountry, LocalDate since) {
	}

	static final List<Item> ITEMS = List.of(
			new Item("H100-SXM5-80G", "NVIDIA H100 SXM5 80GB data-centre GPU", "NVIDIA", "3A090.a", 15832, 19.4, 30000, 64),
			new Item("H200-SXM-141G", "NVIDIA H200 SXM 141GB data-centre GPU", "NVIDIA", "3A090.a", 15832, 19.4, 32000, 64),
			new Item("B200-SXM-192G", "NVIDIA B200 Blackwell GPU module", "NVIDIA", "", null, null, 40000, 32),
			new Item("L40S-48G", "NVIDIA L40S 48GB data-centre GPU (PCIe)", "NVIDIA", "3A090.a", 5796, 9.5, 9000, 40),
			new Item("RTX-4090-24G", "GeForce RTX 4090 24GB graphics card", "NVIDIA", "", 5285, 8.7, 1800, 20),
			new Item("MI300X-OAM", "AMD Instinct MI300X OAM accelerator", "AMD", "3A090.a", 20915, 0.0, 15000, 32),
			new Item("HL-325L", "Intel Gaudi 3 AI accelerator (OAM)", "Intel", "", null, null, 15600, 32),
			new Item("DGX-H100", "NVIDIA DGX H100 system, 8x H100 SXM5", "NVIDIA", "4A090.a", 126656, null, 300000, 4),
			new Item("PSU-2000W", "2000 W server power supply", "Delta Electronics", "EAR99", null, null, 450, 200),
			new Item("CX7-400G", "ConnectX-7 400GbE network adapter", "NVIDIA", "5A992.c", null, null, 2100, 100),
			new Item("SSD-7T68-U2", "7.68 TB NVMe U.2 SSD", "Samsung", "5A992.c", null, null, 900, 200),
			new Item("CBL-DAC-2M", "400G direct-attach copper cable, 2 m", "Amphenol", "EAR99", null, null, 120, 500),
			new Item("RACK-42U", "42U server rack with PDU", "APC", "EAR99", null, null, 2500, 20),
			new Item("XEON-8480", "Intel Xeon Platinum 8480+ CPU", "Intel", "5A992.c", null, null, 10700, 64),
			new Item("A100-PCIE-80G", "NVIDIA A100 80GB PCIe GPU", "NVIDIA", "EAR99", 4992, 6.0, 12000, 16),
			new Item("Ascend 910B", "Huawei Ascend 910B AI processor module", "HiSilicon", "", null, null, 14000, 16));

	/** Country, weight, and a few customers. */
	record Market(String country, int weight, List<String> names, String city) {
	}

	static final List<Market> MARKETS = List.of(
			new Market("JP", 12, List.of("Sakura Cloud Systems KK", "Osaka Deep Learning Institute", "Tokyo Render Farm KK"), "Tokyo"),
			new Market("DE", 10, List.of("Rhein Rechenzentrum GmbH", "Bavaria AI Labs GmbH", "Hamburg HPC Services GmbH"), "Frankfurt"),
			new Market("GB", 8, List.of("Thames Compute Ltd", "Cambridge Inference Ltd"), "London"),
			new Market("KR", 7, List.of("Hanbit AI Co., Ltd.", "Seoul Hyperscale Inc."), "Seoul"),
			new Market("FR", 5, List.of("Calcul Lumière SAS", "Paris Vision IA SARL"), "Paris"),
			new Market("NL", 4, List.of("Amsterdam Edge BV"), "Amsterdam"),
			new Market("PT", 4, List.of("Lisboa Compute SA", "Porto Datacenter Lda"), "Lisbon"),
			new Market("IN", 5, List.of("Bengaluru Neural Pvt Ltd", "Mumbai Cloud Services Pvt Ltd"), "Bengaluru"),
			new Market("SG", 5, List.of("Lion City Compute Pte Ltd", "Marina Trading Pte Ltd"), "Singapore"),
			new Market("MY", 4, List.of("Johor Data Park Sdn Bhd", "KL Systems Sdn Bhd"), "Kuala Lumpur"),
			new Market("AE", 4, List.of("Gulf AI Cloud FZ-LLC", "Dubai Logistics Hub LLC"), "Dubai"),
			new Market("SA", 2, List.of("Riyadh Compute Co."), "Riyadh"),
			new Market("TW", 5, List.of("Formosa Server Integration Corp."), "Hsinchu"),
			new Market("MX", 3, List.of("Monterrey Nube SA de CV"), "Monterrey"),
			new Market("BR", 2, List.of("São Paulo Dados Ltda"), "São Paulo"),
			new Market("IL", 2, List.of("Negev Silicon Ltd"), "Tel Aviv"),
			new Market("TR", 2, List.of("Anadolu Bulut A.Ş."), "Istanbul"),
			new Market("VN", 2, List.of("Saigon Digital JSC"), "Ho Chi Minh City"),
			new Market("TH", 2, List.of("Bangkok Cloud Co., Ltd."), "Bangkok"),
			new Market("CN", 4, List.of("Shenzhen Yunfan Computing Co., Ltd.", "Beijing Zhipu Huazhang Technology Co., Ltd.",
					"Inspur Group Co Ltd", "华为技术有限公司"), "Shenzhen"),
			new Market("HK", 2, List.of("Kowloon Trading Ltd", "Cambricon (Hong Kong) Co., Ltd."), "Hong Kong"),
			new Market("MO", 1, List.of("Macau Gaming Analytics Ltd"), "Macau"),
			new Market("RU", 1, List.of("АО Микрон", "OOO Sibir Vychisleniya"), "Moscow"),
			new Market("IR", 1, List.of("Tehran Server House"), "Tehran"));

	static final List<String> FORWARDERS = List.of("FastFreight Forwarding Pte Ltd", "Global Cargo Logistics FZE",
			"HK Express Freight Ltd");

	static final List<String> END_USES = List.of("AI model training for our own products",
			"Inference for our cloud customers", "Scientific simulation (weather)", "Video rendering",
			"Upgrade of our own data centre", "Resale to cloud customers", "", "Large language model training",
			"Medical imaging research", "Military intelligence analytics");

	private final int rows;

	private final long seed;

	private final double badRowRate;

	private final LocalDate orderDate;

	private final String idPrefix;

	public TransactionGenerator(int rows, long seed, double badRowRate, LocalDate orderDate) {
		this(rows, seed, badRowRate, orderDate, "SO-");
	}

	public TransactionGenerator(int rows, long seed, double badRowRate, LocalDate orderDate, String idPrefix) {
		this.idPrefix = idPrefix;
		this.rows = rows;
		this.seed = seed;
		this.badRowRate = badRowRate;
		this.orderDate = orderDate;
	}

	@Override
	public Iterator<TransactionRows.Row> iterator() {
		Random random = new Random(this.seed);
		int totalWeight = MARKETS.stream().mapToInt(Market::weight).sum();
		return rows(this.rows, random, this.badRowRate, (index) -> row(random, index, totalWeight));
	}

	/** {@code count} rows from {@code row} (by 1-based index), a share of them spoiled. */
	static Iterator<TransactionRows.Row> rows(int count, Random random, double badRowRate,
			IntFunction<TransactionRows.Row> row) {
		return new Iterator<>() {

			private int next;

			@Override
			public boolean hasNext() {
				return this.next < count;
			}

			@Override
			public TransactionRows.Row next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				this.next++;
				TransactionRows.Row generated = row.apply(this.next);
				if (random.nextDouble() < badRowRate) {
					spoil(random, generated);
				}
				return generated;
			}
		};
	}

	private TransactionRows.Row row(Random random, int index, int totalWeight) {
		Market market = pick(random, totalWeight);
		String customer = market.names().get(random.nextInt(market.names().size()));
		Item item = ITEMS.get(random.nextInt(ITEMS.size()));
		int quantity = 1 + random.nextInt(item.maxQuantity());
		TransactionRows.Row row = itemLine(this.idPrefix + String.format("%07d", index), random, this.orderDate,
				item, quantity);
		String address = (10 + random.nextInt(200)) + " Harbour Road, " + market.city();
		String endUse = END_USES.get(random.nextInt(END_USES.size()));
		soldTo(row, customer, market.country(), address, endUse).with("customer_since",
				LocalDate.of(2012 + random.nextInt(14), 1 + random.nextInt(12), 1));
		twist(random, row, random.nextInt(100), 4, 6, 8, 10);
		return row;
	}

	/** The item half of an order line: date, exporter, part, quantity and value. */
	static TransactionRows.Row itemLine(String transactionId, Random random, LocalDate night, Item item,
			int quantity) {
		return TransactionRows.clean(transactionId)
			.with("order_date", night.minusDays(random.nextInt(3)))
			.with("exporter", random.nextBoolean() ? "Shipscreen Demo Inc." : "Shipscreen Demo GmbH")
			.with("item_part_number", item.part())
			.with("item_description", item.description())
			.with("manufacturer", item.manufacturer())
			.with("eccn", item.eccn().isEmpty() ? null : item.eccn())
			.with("quantity", quantity)
			.with("unit_value_usd", BigDecimal.valueOf(item.unitValue() * (0.9 + random.nextDouble() * 0.2))
				.setScale(2, RoundingMode.HALF_UP))
			.with("tpp_per_unit", item.tpp())
			.with("performance_density", (item.density() != null && item.density() > 0) ? item.density() : null);
	}

	/** One company in one country buys, receives and uses the goods. */
	static TransactionRows.Row soldTo(TransactionRows.Row row, String name, String country, String address,
			String endUse) {
		return row.with("purchaser_name", name)
			.with("purchaser_country", country)
			.with("ultimate_consignee_name", name)
			.with("ultimate_consignee_address", address)
			.with("ultimate_consignee_country", country)
			.with("end_user_name", name)
			.with("end_user_country", country)
			.with("end_user_parent_country", country)
			.with("end_use", endUse)
			.with("ship_to_country", country);
	}

	/**
	 * The routings that make diversion rules fire, by a {@code roll} below each cumulative bound: a
	 * forwarder in a transshipment hub, payment from Hong Kong, a Chinese parent, a licence on file.
	 */
	static void twist(Random random, TransactionRows.Row row, int roll, int forwarder, int payment, int parent,
			int licence) {
		if (roll < forwarder) {
			row.with("intermediate_consignee_name", FORWARDERS.get(random.nextInt(FORWARDERS.size())))
				.with("intermediate_consignee_country", random.nextBoolean() ? "SG" : "AE")
				.with("ship_to_country", random.nextBoolean() ? "SG" : "AE");
		}
		else if (roll < payment) {
			row.with("payment_country", "HK");
		}
		else if (roll < parent) {
			row.with("end_user_parent_country", "CN");
		}
		else if (roll < licence) {
			row.with("license_number", "D" + (1_100_000 + random.nextInt(99_999)));
		}
	}

	private static Market pick(Random random, int totalWeight) {
		int ticket = random.nextInt(totalWeight);
		for (Market market : MARKETS) {
			ticket -= market.weight();
			if (ticket < 0) {
				return market;
			}
		}
		return MARKETS.get(0);
	}

	/** The bad rows real order books have: a typo'd country, a negative quantity, a missing value... */
	static void spoil(Random random, TransactionRows.Row row) {
		switch (random.nextInt(5)) {
			case 0 -> row.with("ship_to_country", "Untied States");
			case 1 -> row.with("quantity", -1 - random.nextInt(5));
			case 2 -> row.without("ultimate_consignee_name");
			case 3 -> row.with("order_date", "31/11/2026");
			default -> row.with("unit_value_usd", "call for price");
		}
	}

	/** Streams the rows into a {@code Transactions} sheet (memory stays flat). */
	public java.nio.file.Path writeXlsx(java.nio.file.Path file) throws java.io.IOException {
		return TransactionWorkbook.write(this, file);
	}

	public static List<TransactionRows.Row> list(int rows, long seed, double badRowRate, LocalDate orderDate) {
		List<TransactionRows.Row> all = new ArrayList<>();
		new TransactionGenerator(rows, seed, badRowRate, orderDate).forEach(all::add);
		return all;
	}

}
