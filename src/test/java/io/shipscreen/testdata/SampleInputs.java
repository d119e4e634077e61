package io.shipscreen.testdata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes the sample workbooks shipped in {@code input/}: three subsidiaries' order books of
 * realistic generated rows (a few per cent bad), deterministic so they can be regenerated:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.shipscreen.testdata.SampleInputs}.
 */
public final class SampleInputs {

	private SampleInputs() {
	}

	public static void main(String[] args) throws IOException {
		Path input = Path.of((args.length > 0) ? args[0] : "input");
		LocalDate night = LocalDate.of(2026, 11, 30);
		new TransactionGenerator(150, 1, 0.03, night, "US-").writeXlsx(input.resolve("subsidiary-us.xlsx"));
		new TransactionGenerator(120, 2, 0.03, night, "EU-").writeXlsx(input.resolve("subsidiary-eu.xlsx"));
		new TransactionGenerator(100, 3, 0.04, night, "AP-").writeXlsx(input.resolve("subsidiary-apac.xlsx"));
	}

}
