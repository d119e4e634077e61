package io.shipscreen.ownership;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.shipscreen.parties.CandidateIndex;
import io.shipscreen.parties.ClearedMatches;
import io.shipscreen.parties.EntryType;
import io.shipscreen.parties.ListEntry;
import io.shipscreen.parties.NameNormalizer;
import io.shipscreen.parties.PartiesProperties;
import io.shipscreen.parties.PartyMatcher;
import io.shipscreen.parties.SourceList;
import io.shipscreen.transaction.Column;
import io.shipscreen.transaction.CountryCodes;
import io.shipscreen.transaction.ExportTransaction;
import io.shipscreen.transaction.ParsedRow;
import io.shipscreen.transaction.RawCell;
import io.shipscreen.transaction.RawRow;
import io.shipscreen.transaction.SourceRef;
import io.shipscreen.transaction.TransactionParser;

/**
 * A small world for ownership tests: a few list entries written as the lists write them, a
 * register written as CSV lines, the shipped rules file, and orders built through the input
 * parser (so they stay valid when input columns are added).
 */
final class OwnershipFixture {

	static final Path SHIPPED_RULES = Path.of("config/ownership/rules.yml");

	static final String HUAWEI_REQUIREMENT = "For all items subject to the EAR, see §§ 734.9(e) and 744.11 of the EAR";

	static final ListEntry HUAWEI = new ListEntry(SourceList.EL, "3225cb89eac6", "Huawei Technologies Co., Ltd.",
			List.of("Shenzhen Huawei Technologies"), EntryType.ENTITY,
			List.of("Bantian Huawei Base, Longgang District, Shenzhen, 518129, CN"), Set.of("CN"), "84 FR 22964",
			"2019-05-21", HUAWEI_REQUIREMENT, "Presumption of denial.", null, "entity-list-ai-extract.csv");

	static final ListEntry SMIC = new ListEntry(SourceList.EL, "5b1c0e9d7a21",
			"Semiconductor Manufacturing International Corporation", List.of("SMIC"), EntryType.ENTITY, List.of(),
			Set.of("CN"), "85 FR 83416", "2020-12-22", "For all items subject to the EAR", "Case-by-case review.", null,
			"entity-list-ai-extract.csv");

	static final ListEntry MIKRON = new ListEntry(SourceList.SDN, "35936", "JOINT STOCK COMPANY MIKRON",
			List.of("AO MIKRON"), EntryType.ENTITY, List.of(), Set.of("RU"), null, null, null, null, "RUSSIA-EO14024",
			"ofac_sdn_2024-05-03.csv");

	static final ListEntry AASPT = new ListEntry(SourceList.MEU, "a1b2c3d4e5f6",
			"Academy of Aerospace Solid Propulsion Technology", List.of("AASPT"), EntryType.ENTITY, List.of(),
			Set.of("CN"), null, null, null, null, null, "csl_sample_2025-06.csv");

	static final LocalDate IN_FORCE = LocalDate.of(2026, 11, 30);

	static final LocalDate SUSPENDED = LocalDate.of(2026, 6, 1);

	final NameNormalizer normalizer = new NameNormalizer();

	final PartiesProperties parties;

	final ClearedMatches cleared;

	final Path dir;

	OwnershipFixture(Path dir) {
		this.dir = dir;
		this.parties = new PartiesProperties(List.of("config/lists"), dir.resolve("cleared.csv").toString(), 0.86, 0.92,
				Map.of(), 25, 200_000, 3);
		this.cleared = new ClearedMatches(this.parties, this.normalizer);
	}

	/** A register file of {@code entity,entity_country,owner,owner_country,share} lines (CSV). */
	Path register(String... lines) {
		StringBuilder csv = new StringBuilder("entity_name,entity_country,owner_name,owner_country,share_percent,as_of,source\n");
		for (String line : lines) {
			csv.append(line).append(",2026-10-01,test KYC\n");
		}
		try {
			Path file = this.dir.resolve("register-" + System.nanoTime() + ".csv");
			Files.writeString(file, csv, StandardCharsets.UTF_8);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	OwnershipScreen screen(Path... register) {
		return screenUnder(SHIPPED_RULES, register);
	}

	OwnershipScreen screenUnder(Path rules, Path... register) {
		PartyMatcher lists = new PartyMatcher(this.normalizer,
				CandidateIndex.build(List.of(HUAWEI, SMIC, MIKRON, AASPT), this.normalizer), 0.81, 25, 1000);
		return new OwnershipConfiguration().ownershipScreen(new OwnershipProperties(List.of(), rules.toString(), 10), lists,
				this.cleared, this.parties, this.normalizer,
				String.join(",", java.util.Arrays.stream(register).map(Path::toString).toList()));
	}

	OwnershipCheck check(OwnershipScreen screen) {
		return new OwnershipCheck(screen, this.cleared, this.parties);
	}

	/** An H100 order to {@code consignee} on {@code date}, read the way an input row is read. */
	static ExportTransaction order(LocalDate date, String consignee, String country) {
		return order(date, consignee, country, Map.of());
	}

	/** The same order with more columns filled in, e.g. a purchaser. */
	static ExportTransaction order(LocalDate date, String consignee, String country, Map<Column, Object> more) {
		Map<Column, Object> values = new EnumMap<>(Column.class);
		values.put(Column.TRANSACTION_ID, "TX-1");
		values.put(Column.ORDER_DATE, date.toString());
		values.put(Column.ITEM_DESCRIPTION, "NVIDIA H100 SXM5 80GB data center GPU");
		values.put(Column.ITEM_PART_NUMBER, "H100-SXM5-80G");
		values.put(Column.ECCN, "3A090.a");
		values.put(Column.QUANTITY, "8");
		values.put(Column.UNIT_VALUE_USD, "30000");
		values.put(Column.ULTIMATE_CONSIGNEE_NAME, consignee);
		values.put(Column.ULTIMATE_CONSIGNEE_COUNTRY, country);
		values.put(Column.SHIP_TO_COUNTRY, country);
		values.putAll(more);
		Map<Column, RawCell> cells = new EnumMap<>(Column.class);
		values.forEach((column, value) -> cells.put(column, new RawCell(column.header(), column.name(), value)));
		ParsedRow parsed = new TransactionParser(CountryCodes.standard())
			.parse(new RawRow(SourceRef.ofRow("orders.xlsx", 2), cells, Map.of()));
		if (!parsed.isValid()) {
			throw new IllegalStateException("fixture order is invalid: " + parsed);
		}
		return parsed.transaction();
	}

}
