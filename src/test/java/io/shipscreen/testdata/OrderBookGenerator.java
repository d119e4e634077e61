package io.shipscreen.testdata;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A night of a chip distributor's order book, for the benchmark: the proportions of a real book
 * rather than {@link TransactionGenerator}'s dense mix (which exercises every rule on a few
 * hundred rows). Thousands of customers, repeat business concentrated on the big ones (Zipf),
 * most lines ordinary server parts to allied markets, about a fifth AI accelerators or systems,
 * a small share of names taken from the bundled restricted-party lists with the variations
 * screening has to see through, end-use statements that are mostly fine, and a few per cent of bad
 * rows. Deterministic for a seed; rows are produced lazily.
 */
public final class OrderBookGenerator implements Iterable<TransactionRows.Row> {

	/** Lines per thousand whose party is a (varied) name from the bundled lists. */
	static final int LISTED_PER_MILLE = 5;

	record Weighted<T>(T value, int weight) {
	}

	record Market(String country, String city, List<String> places, List<String> legalForms) {
	}

	record Customer(String name, Market market, LocalDate since) {
	}

	/** Allied markets carry most of the book; D:5 / Macau / embargoed destinations a sliver. */
	static final List<Weighted<Market>> MARKETS = List.of(
			market("JP", "Tokyo", 140, List.of("Tokyo", "Osaka", "Nagoya", "Sapporo", "Fukuoka"), List.of("KK", "Co., Ltd.", "Corporation")),
			market("DE", "Frankfurt", 120, List.of("Rhein", "Bavaria", "Hamburg", "Berlin", "Main"), List.of("GmbH", "AG", "GmbH & Co. KG")),
			market("GB", "London", 100, List.of("Thames", "Cambridge", "Mersey", "Pennine", "Clyde"), List.of("Ltd", "Limited", "plc")),
			market("KR", "Seoul", 80, List.of("Hanbit", "Seoul", "Busan", "Incheon", "Daejeon"), List.of("Co., Ltd.", "Inc.", "Corporation")),
			market("FR", "Paris", 70, List.of("Lumière", "Paris", "Rhône", "Loire", "Azur"), List.of("SAS", "SARL", "SA")),
			market("TW", "Hsinchu", 60, List.of("Formosa", "Hsinchu", "Taichung", "Tainan", "Keelung"), List.of("Corp.", "Co., Ltd.", "Inc.")),
			market("NL", "Amsterdam", 50, List.of("Amsterdam", "Delta", "Zuid", "Eindhoven", "Rotterdam"), List.of("BV", "NV", "B.V.")),
			market("IN", "Bengaluru", 50, List.of("Bengaluru", "Mumbai", "Pune", "Chennai", "Hyderabad"), List.of("Pvt Ltd", "Private Limited", "Ltd")),
			market("SG", "Singapore", 40, List.of("Lion City", "Marina", "Jurong", "Changi", "Raffles"), List.of("Pte Ltd", "Pte. Ltd.", "Ltd")),
			market("PT", "Lisbon", 30, List.of("Lisboa", "Porto", "Tejo", "Douro", "Minho"), List.of("SA", "Lda", "Unipessoal Lda")),
			market("MX", "Monterrey", 30, List.of("Monterrey", "Bajío", "Jalisco", "Azteca", "Sierra"), List.of("SA de CV", "S. de R.L.", "SAPI de CV")),
			market("MY", "Kuala Lumpur", 30, List.of("Johor", "Penang", "Selangor", "Cyberjaya", "Melaka"), List.of("Sdn Bhd", "Berhad", "Sdn. Bhd.")),
			market("AE", "Dubai", 30, List.of("Gulf", "Dubai", "Abu Dhabi", "Sharjah", "Emirates"), List.of("LLC", "FZ-LLC", "FZE")),
			market("IL", "Tel Aviv", 20, List.of("Negev", "Carmel", "Galil", "Jaffa", "Sharon"), List.of("Ltd", "Ltd.", "Inc.")),
			market("BR", "São Paulo", 20, List.of("São Paulo", "Campinas", "Paraná", "Minas", "Recife"), List.of("Ltda", "SA", "Ltda.")),
			market("SA", "Riyadh", 10, List.of("Riyadh", "Jeddah", "Dammam", "Najd", "Hijaz"), List.of("Co.", "LLC", "Company")),
			market("TR", "Istanbul", 10, List.of("Anadolu", "Bosphorus", "Ege", "Ankara", "Izmir"), List.of("A.Ş.", "Ltd. Şti.", "AS")),
			market("VN", "Ho Chi Minh City", 10, List.of("Saigon", "Hanoi", "Mekong", "Da Nang", "Hue"), List.of("JSC", "Co., Ltd.", "LLC")),
			market("TH", "Bangkok", 10, List.of("Bangkok", "Chiang Mai", "Siam", "Phuket", "Isan"), List.of("Co., Ltd.", "Public Company Limited", "Ltd")),
			market("CN", "Shenzhen", 10, List.of("Shenzhen", "Shanghai", "Hangzhou", "Chengdu", "Suzhou"), List.of("Co., Ltd.", "Technology Co., Ltd.", "Limited")),
			market("HK", "Hong Kong", 6, List.of("Kowloon", "Victoria", "Harbour", "Lantau", "Causeway"), List.of("Ltd", "Limited", "Co., Ltd.")),
			market("MO", "Macau", 1, List.of("Macau", "Taipa", "Cotai", "Coloane", "Penha"), List.of("Ltd", "Limitada", "Lda")),
			market("RU", "Moscow", 1, List.of("Sibir", "Volga", "Ural", "Neva", "Baikal"), List.of("OOO", "AO", "LLC")));

	static final List<String> TRADES = List.of("Compute", "Cloud", "Data", "Systems", "Digital", "Render",
			"Analytics", "Networks", "Informatics", "HPC", "Vision", "Robotics", "Semiconductor", "Hosting",
			"Research", "Media", "Logistics", "Trading", "Fintech", "Telecom", "Genomics", "Energy", "Mobility",
			"Simulation", "Labs", "Integration", "Edge", "Storage", "Imaging", "Automation");

	/** Item lines: ordinary server parts dominate; AI accelerators about a fifth; odd items rare. */
	static final List<Weighted<TransactionGenerator.Item>> ITEMS = List.of(
			item("PSU-2000W", 140), item("CX7-400G", 120), item("SSD-7T68-U2", 130), item("CBL-DAC-2M", 150),
			item("RACK-42U", 40), item("XEON-8480", 110), item("RTX-4090-24G", 50), item("L40S-48G", 60),
			item("H100-SXM5-80G", 70), item("H200-SXM-141G", 50), item("B200-SXM-192G", 30), item("MI300X-OAM", 25),
			item("HL-325L", 10), item("DGX-H100", 8), item("A100-PCIE-80G", 6), item("Ascend 910B", 1));

	static final List<Weighted<String>> END_USES = List.of(
			new Weighted<>("AI model training for our own products", 150),
			new Weighted<>("Inference for our cloud customers", 120), new Weighted<>("Upgrade of our own data centre", 300),
			new Weighted<>("Scientific simulation (weather)", 80), new Weighted<>("Video rendering", 80),
			new Weighted<>("Medical imaging research", 60), new Weighted<>("Large language model training", 60),
			new Weighted<>("Resale to cloud customers", 30), new Weighted<>("", 40),
			new Weighted<>("Military intelligence analytics", 2));

	private final int rows;

	private final long seed;

	private final double badRowRate;

	private final LocalDate orderDate;

	private final String idPrefix;

	private final List<String> listedNames;

	/**
	 * @param listsDir the bundled lists ({@code config/lists}): names of the Entity List extract and of
	 * the SDN list's entities become the rare restricted-party lines
	 */
	public OrderBookGenerator(int rows, long seed, double badRowRate, LocalDate orderDate, String idPrefix,
			Path listsDir) throws IOException {
		this.rows = rows;
		this.seed = seed;
		this.badRowRate = badRowRate;
		this.orderDate = orderDate;
		this.idPrefix = idPrefix;
		this.listedNames = listedNames(listsDir);
	}

	@Override
	public Iterator<TransactionRows.Row> iterator() {
		Random random = new Random(this.seed);
		List<Customer> customers = customers(random, 4000);
		double[] popularity = zipf(customers.size(), 1.1);
		int itemWeight = ITEMS.stream().mapToInt(Weighted::weight).sum();
		int endUseWeight = END_USES.stream().mapToInt(Weighted::weight).sum();
		return TransactionGenerator.rows(this.rows, random, this.badRowRate,
				(index) -> row(random, index, customers.get(pick(popularity, random.nextDouble())),
						pick(ITEMS, itemWeight, random), pick(END_USES, endUseWeight, random)));
	}

	private TransactionRows.Row row(Random random, int index, Customer customer, TransactionGenerator.Item item,
			String endUse) {
		String name = customer.name();
		if (random.nextInt(1000) < LISTED_PER_MILLE) {
			name = vary(this.listedNames.get(random.nextInt(this.listedNames.size())), random);
		}
		Market market = customer.market();
		int quantity = 1 + random.nextInt(item.maxQuantity());
		TransactionRows.Row row = TransactionGenerator.itemLine(this.idPrefix + String.format("%08d", index), random,
				this.orderDate, item, quantity);
		String address = (1 + random.nextInt(300)) + " " + market.city() + " Business Park";
		TransactionGenerator.soldTo(row, name, market.country(), address, endUse)
			.with("customer_since", customer.since());
		TransactionGenerator.twist(random, row, random.nextInt(1000), 10, 15, 20, 50);
		return row;
	}

	/** Customers of every market in proportion to its weight, each a plausible company name. */
	private static List<Customer> customers(Random random, int count) {
		int totalWeight = MARKETS.stream().mapToInt(Weighted::weight).sum();
		List<Customer> customers = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Market market = pick(MARKETS, totalWeight, random);
			String name = market.places().get(random.nextInt(market.places().size())) + " "
					+ TRADES.get(random.nextInt(TRADES.size())) + " "
					+ ((random.nextInt(3) == 0) ? TRADES.get(random.nextInt(TRADES.size())) + " " : "")
					+ market.legalForms().get(random.nextInt(market.legalForms().size()));
			customers.add(new Customer(name, market, LocalDate.of(2008 + random.nextInt(18), 1 + random.nextInt(12), 1)));
		}
		return customers;
	}

	/** Cumulative Zipf weights: a few big customers place most lines, as in a real order book. */
	private static double[] zipf(int n, double exponent) {
		double[] cumulative = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += 1 / Math.pow(i + 1, exponent);
			cumulative[i] = sum;
		}
		for (int i = 0; i < n; i++) {
			cumulative[i] /= sum;
		}
		return cumulative;
	}

	private static int pick(double[] cumulative, double ticket) {
		int at = java.util.Arrays.binarySearch(cumulative, ticket);
		return Math.min((at >= 0) ? at : -at - 1, cumulative.length - 1);
	}

	private static <T> T pick(List<Weighted<T>> choices, int totalWeight, Random random) {
		int ticket = random.nextInt(totalWeight);
		for (Weighted<T> choice : choices) {
			ticket -= choice.weight();
			if (ticket < 0) {
				return choice.value();
			}
		}
		return choices.get(0).value();
	}

	/** How a listed name arrives in an order book: as listed, re-cased, without punctuation, a typo. */
	static String vary(String name, Random random) {
		return switch (random.nextInt(5)) {
			case 0 -> name;
			case 1 -> name.toUpperCase(Locale.ROOT);
			case 2 -> name.replaceAll("[.,()]", "").replaceAll("\\s+", " ").trim();
			case 3 -> name.replace("Company Limited", "Co Ltd").replace("Co., Ltd.", "Company Limited");
			default -> {
				int at = 1 + random.nextInt(Math.max(1, name.length() - 2));
				yield name.substring(0, at) + name.substring(at + 1);
			}
		};
	}

	private static List<String> listedNames(Path listsDir) throws IOException {
		List<String> names = new ArrayList<>();
		try (Reader in = Files.newBufferedReader(listsDir.resolve("entity-list-ai-extract.csv"), StandardCharsets.UTF_8)) {
			for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
				names.add(record.get("name"));
			}
		}
		try (Reader in = Files.newBufferedReader(listsDir.resolve("ofac_sdn_2024-05-03.csv"), StandardCharsets.UTF_8)) {
			int entity = 0;
			for (CSVRecord record : CSVFormat.DEFAULT.parse(in)) {
				// every 40th entity (type "-0-"), so the sample spans programmes, not only the first in file order
				if (record.size() > 2 && record.get(2).trim().equals("-0-") && entity++ % 40 == 0) {
					names.add(record.get(1));
				}
			}
		}
		return names;
	}

	private static Weighted<Market> market(String country, String city, int weight, List<String> places,
			List<String> legalForms) {
		return new Weighted<>(new Market(country, city, places, legalForms), weight);
	}

	private static Weighted<TransactionGenerator.Item> item(String part, int weight) {
		return new Weighted<>(TransactionGenerator.ITEMS.stream()
			.filter((item) -> item.part().equals(part))
			.findFirst()
			.orElseThrow(), weight);
	}

}
