package io.shipscreen.testdata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes one generated order book ({@link OrderBookGenerator}, from the project root) as a workbook: {@code GenerateWorkbook ROWS FILE [SEED] [BAD_ROW_RATE]}. Used by
 * {@code bench/run} and for trying the job on a large input.
 */
public final class GenerateWorkbook {

	private GenerateWorkbook() {
	}

	public static void main(String[] args) throws IOException {
		int rows = Integer.parseInt(args[0]);
		Path file = Path.of(args[1]);
		long seed = (args.length > 2) ? Long.parseLong(args[2]) : 42;
		double bad = (args.length > 3) ? Double.parseDouble(args[3]) : 0.02;
		TransactionWorkbook.write(
				new OrderBookGenerator(rows, seed, bad, LocalDate.of(2026, 11, 30), "GEN-", Path.of("config/lists")), file);
		System.out.println("wrote " + rows + " rows to " + file);
	}

}
