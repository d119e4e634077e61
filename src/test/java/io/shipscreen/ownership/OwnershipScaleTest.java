package io.shipscreen.ownership;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.shipscreen.parties.CandidateIndex;
import io.shipscreen.parties.ClearedMatches;
import io.shipscreen.parties.NameNormalizer;
import io.shipscreen.parties.PartiesProperties;
import io.shipscreen.parties.PartyListLoader;
import io.shipscreen.parties.PartyListSnapshot;
import io.shipscreen.parties.PartyMatcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many holdings (10,000 here, 100,000 on request) against the shipped lists: corporate groups of a parent and four subsidiaries
 * (51 %, 70 % of the 51 %, 30 % + 25 % from two restricted parents, 40 %), one group in fifty owned
 * by an Entity List or SDN party, a cycle in every other group. The counts prove the resolution; the time it took is
 * printed (speed targets live in bench/run, not in assertions).
 */
class OwnershipScaleTest {

	/** 10,000 in the suite; {@code -Dshipscreen.ownership.scale=100000} for the figure in docs/ownership.md. */
	private static final int HOLDINGS = Integer.getInteger("shipscreen.ownership.scale", 10_000);

	@TempDir
	Path dir;

	@Test
	void resolvesTensOfThousandsOfHoldingsAgainstTheShippedLists() throws Exception {
		Path register = this.dir.resolve("register.csv");
		int listedGroups = 0;
		Random random = new Random(13);
		try (BufferedWriter out = Files.newBufferedWriter(register, StandardCharsets.UTF_8)) {
			out.write("entity_name,entity_country,owner_name,owner_country,share_percent,as_of,source\n");
			int rowsWritten = 0;
			for (int g = 0; rowsWritten < HOLDINGS; g++) {
				String parent = name(random, g, "Holdings Ltd.");
				String owner;
				if (g % 50 == 0) {
					owner = (g % 100 == 0) ? "Huawei Technologies Co., Ltd." : "JOINT STOCK COMPANY MIKRON";
					listedGroups++;
				}
				else {
					owner = name(random, g, "Capital Partners LLC");
				}
				String sub1 = name(random, g, "Computing Co. Ltd.");
				String sub2 = name(random, g, "Cloud Services Pte. Ltd.");
				String joint = name(random, g, "Joint Venture Ltd.");
				String minority = name(random, g, "Trading FZE");
				// a group's rows: parent, 51 % subsidiary, its 70 % subsidiary, a 30 % + 25 % joint venture,
				// a 40 % minority holding, and in every other group a 10 % cross-holding that closes a cycle
				line(out, parent, owner, "60");
				line(out, sub1, parent, "51");
				line(out, sub2, sub1, "70");
				line(out, joint, sub2, "30");
				line(out, joint, sub1, "25");
				line(out, minority, parent, "40");
				rowsWritten += 6;
				if (g % 2 == 0) {
					line(out, parent, sub2, "10");
					rowsWritten++;
				}
			}
		}
		long rows = Files.lines(register).count() - 1;
		assertThat(rows).isBetween((long) HOLDINGS, HOLDINGS + 6L);

		NameNormalizer normalizer = new NameNormalizer();
		PartyListSnapshot lists = new PartyListLoader().load(List.of(Path.of("config/lists")));
		PartiesProperties parties = new PartiesProperties(List.of("config/lists"),
				this.dir.resolve("cleared.csv").toString(), 0.86, 0.92, Map.of(), 25, 200_000, 3);
		PartyMatcher matcher = new PartyMatcher(normalizer, CandidateIndex.build(lists.entries(), normalizer), 0.81, 25,
				200_000);
		ClearedMatches cleared = new ClearedMatches(parties, normalizer);

		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean();
		long cpu = os.getProcessCpuTime();
		long start = System.nanoTime();
		OwnershipScreen screen = new OwnershipConfiguration().ownershipScreen(
				new OwnershipProperties(List.of(), OwnershipFixture.SHIPPED_RULES.toString(), 10), matcher, cleared, parties,
				normalizer, register.toString());
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf(Locale.ROOT, "ownership scale: %,d holdings, %,d companies and owners resolved in %,d ms "
				+ "(%,d ms of CPU, %d processors, load %.1f)%n", screen.register().holdings().size(),
				screen.graph().nodes().size(), millis, (os.getProcessCpuTime() - cpu) / 1_000_000,
				Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage());

		// every listed group: the parent, sub1, sub2 and the joint venture (55 %); not the 40 % minority
		Map<String, long[]> counts = screen.graph().counts();
		int huaweiGroups = (listedGroups + 1) / 2;
		assertThat(counts.get("bis-affiliates")[0]).isEqualTo(4L * huaweiGroups);
		assertThat(counts.get("ofac-50")[0]).isEqualTo(4L * (listedGroups - huaweiGroups));
		assertThat(screen.problems()).isEmpty();
	}

	private static void line(BufferedWriter out, String entity, String owner, String share) throws java.io.IOException {
		out.write('"' + entity + "\",HK,\"" + owner + "\",,"+ share + ",2026-10-01,generated\n");
	}

	private static final String[] PLACES = { "Shenzhen", "Shanghai", "Beijing", "Hangzhou", "Chengdu", "Wuhan",
			"Suzhou", "Hong Kong", "Kowloon", "Singapore", "Dubai", "Istanbul", "Almaty", "Tashkent", "Yerevan", "Tbilisi",
			"Baku", "Minsk", "Moscow", "Novosibirsk", "Kuala Lumpur", "Penang", "Bangkok", "Hanoi", "Taipei", "Seoul" };

	private static final String[] SECTORS = { "Technology", "Electronics", "Semiconductor", "Computing", "Cloud",
			"Data", "Microelectronics", "Trading", "Logistics", "Industrial", "Systems", "Networks", "Components",
			"Precision", "Information", "Digital", "Intelligent", "Energy", "Materials", "Optics" };

	/** A group's companies share a brand word, as real corporate groups do: group-specific, made up. */
	private static String brand(int group) {
		String[] syllables = { "ka", "ro", "vi", "len", "tor", "sa", "mi", "qu", "del", "far", "zen", "po", "lu", "bre",
				"tan", "xi", "ho", "ming", "da", "rek" };
		int n = group % 6_000;
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < 3; i++) {
			word.append(syllables[n % syllables.length]);
			n /= syllables.length;
		}
		word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
		return word.toString();
	}

	/** A made-up company name of the group: brand, place, sector, suffix, unique per group and suffix. */
	private static String name(Random random, int group, String suffix) {
		return brand(group) + " " + PLACES[random.nextInt(PLACES.length)] + " "
				+ SECTORS[random.nextInt(SECTORS.length)] + " " + Integer.toString(group, 36).toUpperCase(Locale.ROOT)
				+ " " + suffix;
	}

}
