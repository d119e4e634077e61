package io.shipscreen.testdata;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes the sample workbooks shipped in {@code input/}, deterministically, so they can be
 * regenerated: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.shipscreen.testdata.SampleInputs}.
 * <ul>
 * <li>{@code rule-families.xlsx}: one row per rule family, from the sample table in
 * {@code docs/policies.md} (which {@code SampleRowsTest} checks against the rules), plus the
 * party-screening cases of {@link #PARTY_ROWS}, with their expected outcomes as extra columns;</li>
 * <li>three subsidiaries' order books of realistic generated rows, a few per cent bad.</li>
 * </ul>
 */
public final class SampleInputs {

	/** Listed parties in Tier-1 countries with harmless items, and a Cyrillic spelling. */
	static final String PARTY_ROWS = """
			P01,2026-11-30,PSU-2000W,2000 W server power supply,Delta Electronics,EAR99,20,450,,,,,,,Huawei Cloud Berlin,"Alexanderplatz 1, Berlin",DE,,,DE,,,Office servers,DE,DE,,,2021-01-01,HOLD PARTY-EL,HOLD PARTY-EL
			P02,2026-11-30,CBL-DAC-2M,"400G direct-attach copper cable, 2 m",Amphenol,EAR99,200,120,,,,,,,Huawei OpenLab Paris,"18 Quai du Point du Jour, Boulogne-Billancourt",FR,,,FR,,,Interoperability lab,FR,FR,,,2020-01-01,HOLD PARTY-EL,HOLD PARTY-EL
			P03,2026-11-30,SSD-7T68-U2,7.68 TB NVMe U.2 SSD,Samsung,5A992.c,40,900,,,,,,,АО Микрон,"Zelenograd, Moscow",RU,,,RU,,,Storage,RU,RU,,,2019-01-01,HOLD PARTY-SDN,HOLD PARTY-SDN
			P04,2026-11-30,PSU-2000W,2000 W server power supply,Delta Electronics,EAR99,10,450,,,,,,,Sakura Cloud Systems KK,"1-2-3 Marunouchi, Tokyo",JP,,,JP,,,Power supplies for our own data centre,JP,JP,,,2015-04-01,CLEAR,CLEAR
			""";

	private SampleInputs() {
	}

	public static void main(String[] args) throws IOException {
		Path input = Path.of((args.length > 0) ? args[0] : "input");
		Path docs = Path.of((args.length > 1) ? args[1] : "docs/policies.md");
		ruleFamilies(docs).writeTo(input.resolve("rule-families.xlsx"));
		LocalDate night = LocalDate.of(2026, 11, 30);
		new TransactionGenerator(150, 1, 0.03, night, "US-").writeXlsx(input.resolve("subsidiary-us.xlsx"));
		new TransactionGenerator(120, 2, 0.03, night, "EU-").writeXlsx(input.resolve("subsidiary-eu.xlsx"));
		new TransactionGenerator(100, 3, 0.04, night, "AP-").writeXlsx(input.resolve("subsidiary-apac.xlsx"));
	}

	/** The sample table of docs/policies.md and the party rows, as a workbook with typed cells. */
	static WorkbookFixture ruleFamilies(Path docs) throws IOException {
		String markdown = Files.readString(docs);
		int marker = markdown.indexOf("<!-- sample-rows -->");
		int start = markdown.indexOf("```csv", marker) + "```csv".length();
		int end = markdown.indexOf("```", start);
		String csv = markdown.substring(start, end).strip() + "\n" + PARTY_ROWS.strip();
		List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv))
			.getRecords();
		List<String> headers = records.get(0).getParser().getHeaderNames();
		WorkbookFixture workbook = WorkbookFixture.sheet("Transactions", headers.toArray(String[]::new));
		for (CSVRecord record : records) {
			Object[] values = new Object[headers.size()];
			for (int i = 0; i < headers.size(); i++) {
				values[i] = typed(headers.get(i), record.get(i));
			}
			workbook.rawRow(values);
		}
		return workbook;
	}

	private static Object typed(String header, String value) {
		if (value.isBlank()) {
			return null;
		}
		if (header.endsWith("_date") || header.equals("customer_since")) {
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				return value;
			}
		}
		if (List.of("quantity", "unit_value_usd", "tpp_per_unit", "performance_density").contains(header)) {
			return Double.parseDouble(value);
		}
		return value;
	}

}
