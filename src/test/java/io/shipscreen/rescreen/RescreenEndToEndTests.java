package io.shipscreen.rescreen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.shipscreen.ShipscreenApplication;
import io.shipscreen.support.ListServer;
import io.shipscreen.support.ListServer.Answer;
import io.shipscreen.testdata.TransactionRows;
import io.shipscreen.testdata.WorkbookFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The week a list changes, command by command as an operator types them (each a fresh start of
 * the application, as from cron): a night is screened; the next morning's download is an error
 * page and is refused; that night still runs on the installed list; the following download adds
 * a consignee that was cleared, and {@code rescreen} brings it back as HOLD while the
 * unaffected order stays out of the workbook; the workbook goes through the review import.
 */
class RescreenEndToEndTests {

	private static final String LISTED_LATER = "Blue Harbor Trading GmbH";

	private static final String EL = "\"Entity List (EL) - Bureau of Industry and Security\"";

	private static final String HEADER = "source,name,alt_names,addresses,start_date\n";

	private static final String OLD_LIST = HEADER + EL + ",\"Orion Photonics Ltd\",\"\",\"Wuhan, CN\",\"2026-11-02\"\n"
			+ EL + ",\"Zenith Microsystems Co., Ltd.\",\"\",\"Hefei, CN\",\"2026-11-02\"\n"
			+ EL + ",\"Kestrel Avionics JSC\",\"\",\"Moscow, RU\",\"2026-11-02\"\n";

	private static final String NEW_LIST = OLD_LIST + EL + ",\"" + LISTED_LATER
			+ "\",\"Blue Harbour Trading\",\"Grosse Elbstrasse 12, Hamburg, DE\",\"2026-12-01\"\n";

	@TempDir
	Path dir;

	private ListServer publisher;

	private Path lists;

	/** The database the commands run against. */
	private Path db;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	@BeforeEach
	void start() throws IOException {
		this.publisher = new ListServer();
		this.lists = Files.createDirectories(this.dir.resolve("lists"));
		this.db = this.dir.resolve("db");
		Files.writeString(this.lists.resolve("el_2026-11-28.csv"), OLD_LIST);
	}

	@AfterEach
	void stop() {
		this.publisher.close();
	}

	@Test
	void aClearedConsigneeTheNewListAddsComesBackAsHoldAndAnUnaffectedOrderDoesNot() throws Exception {
		LocalDate today = LocalDate.now();
		Path input = WorkbookFixture.transactions()
			.row(TransactionRows.clean("TX-LISTED").with("ultimate_consignee_name", LISTED_LATER)
				.with("ultimate_consignee_address", "Grosse Elbstrasse 12, Hamburg")
				.with("ultimate_consignee_country", "DE")
				.with("ship_to_country", "DE"))
			.row(TransactionRows.clean("TX-UNAFFECTED").with("ultimate_consignee_name", "Northwind Compute GmbH")
				.with("ultimate_consignee_country", "DE")
				.with("ship_to_country", "DE"))
			.writeTo(Files.createDirectories(this.dir.resolve("input")).resolve("orders.xlsx"));

		// a night: both orders are cleared
		assertThat(run("screen", "--input=" + input, "--run-date=" + today.minusDays(1))).isZero();
		long night = latestRun("excel");
		assertThat(decisions(night)).containsEntry("TX-LISTED", "CLEAR").containsEntry("TX-UNAFFECTED", "CLEAR");

		// the morning download is an error page: refused, the installed list kept
		this.publisher.answer("/consolidated.csv", Answer.html("<!doctype html><h1>502 Bad Gateway</h1>"));
		assertThat(run("lists", "refresh", "--from=" + this.publisher.url("/consolidated.csv"))).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains(
				"consolidated: refused: consolidated.csv: an HTML page, not a list file (an error, login or maintenance page?); the installed list is kept");
		assertThat(this.lists.resolve("el_2026-11-28.csv")).hasContent(OLD_LIST);

		// and that night, refreshing first from the same bad source, still runs on the installed list
		assertThat(run("screen", "--input=" + input, "--run-date=" + today,
				"--shipscreen.parties.refresh-before-run=true",
				"--shipscreen.parties.sources.csl.url=" + this.publisher.url("/consolidated.csv"),
				"--shipscreen.parties.sources.ofac-sdn.url=", "--shipscreen.parties.sources.ofac-alt.url=",
				"--shipscreen.parties.sources.ofac-add.url=", "--shipscreen.parties.sources.un.url=")).isZero();
		assertThat(this.lists.resolve("el_2026-11-28.csv")).hasContent(OLD_LIST);
		assertThat(Files.readString(this.lists.resolve("refresh.log"))).contains("\tcsl\t")
			.doesNotContain("treasury.gov");
		long secondNight = latestRun("excel");
		assertThat(decisions(secondNight)).containsEntry("TX-LISTED", "CLEAR");

		// the next download lists the consignee
		this.publisher.answer("/consolidated.csv", Answer.ok(NEW_LIST));
		assertThat(run("lists", "refresh", "--from=" + this.publisher.url("/consolidated.csv"))).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("consolidated: installed consolidated_" + today
				+ ".csv (CSL CSV, snapshot " + today + ", 4 entries, sha256 ");

		// when
		Path output = this.dir.resolve("output");
		assertThat(run("rescreen", "--since=2026-01-01", "--output=" + output)).isZero();

		// then: the workbook lists the order that changed, and only that one
		long rescreen = latestRun("rescreen");
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("shipscreen: rescreen run " + rescreen)
			.contains("2 re-screened (CLEAR 1, REVIEW 0, HOLD 1), 1 decisions changed (CLEAR→HOLD 1)");
		Path workbook = output.resolve("rescreen-" + today + ".xlsx");
		List<Map<String, String>> rows = firstSheet(workbook);
		assertThat(rows).hasSize(1);
		Map<String, String> changed = rows.get(0);
		assertThat(changed).containsEntry("Transaction ID", "TX-LISTED")
			.containsEntry("Decision", "HOLD")
			.containsEntry("Previous decision", "CLEAR")
			.containsEntry("Previous run", Long.toString(secondNight))
			.containsEntry("Run", Long.toString(rescreen));
		assertThat(changed.get("Changed by")).startsWith("+ PARTY-EL (HOLD) ultimate_consignee_name: ");
		assertThat(changed.get("New entry or rule")).contains("Entity List (EL) entry 'Blue Harbor Trading GmbH'")
			.contains("[EL:");
		assertThat(changed.get("Item description")).isEqualTo("2000 W server power supply");
		// stored as a run of its own, every re-screened order with it
		assertThat(decisions(rescreen)).containsEntry("TX-LISTED", "HOLD").containsEntry("TX-UNAFFECTED", "CLEAR");

		// the same command again, with the same lists: nothing new to screen against
		assertThat(run("rescreen", "--since=2026-01-01", "--output=" + output)).isEqualTo(3);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("against these lists and policies; use --rerun");

		// the reviewer decides on the re-screen workbook, and the import takes it
		Path reviewed = fill(workbook, "TX-LISTED", "CONFIRM HOLD", "A. Reviewer", "newly on the Entity List");
		assertThat(run("review", "import", reviewed.toString())).isZero();
		assertThat(count("SELECT COUNT(*) FROM review_decision WHERE run_id = " + rescreen
				+ " AND transaction_id = 'TX-LISTED' AND review_decision = 'CONFIRM_HOLD'")).isEqualTo(1);
	}

	@Test
	void aRescreenThatFailsMidwayResumesFromItsLastCommittedChunk() throws Exception {
		LocalDate today = LocalDate.now();
		WorkbookFixture orders = WorkbookFixture.transactions();
		for (int i = 1; i <= 6; i++) {
			String consignee = (i == 2 || i == 5) ? LISTED_LATER : "Northwind Compute " + i + " GmbH";
			orders.row(TransactionRows.clean("TX-" + i).with("ultimate_consignee_name", consignee)
				.with("ultimate_consignee_country", "DE")
				.with("ship_to_country", "DE"));
		}
		Path input = orders.writeTo(Files.createDirectories(this.dir.resolve("input")).resolve("orders.xlsx"));
		assertThat(run("screen", "--input=" + input, "--run-date=" + today)).isZero();
		Path download = Files.writeString(this.dir.resolve("consolidated.csv"), NEW_LIST);
		assertThat(run("lists", "refresh", "--from=" + download)).isZero();
		execute("CREATE TRIGGER fail_tx5 BEFORE INSERT ON screening_result FOR EACH ROW CALL \""
				+ FailingTrigger.class.getName() + "\"");

		// when: the database fails on the third chunk
		Path output = this.dir.resolve("output");
		String[] rescreen = { "rescreen", "--since=2026-01-01", "--output=" + output, "--shipscreen.chunk-size=2" };
		assertThat(run(rescreen)).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("disk full (test fault on TX-5)")
			.contains("fix the cause and run the same command again to resume");
		long failed = latestRun("rescreen");
		assertThat(decisions(failed)).containsOnlyKeys("TX-1", "TX-2", "TX-3", "TX-4");

		// then: the same command, once fixed, resumes the same run and completes it
		execute("DROP TRIGGER fail_tx5");
		assertThat(run(rescreen)).isZero();
		assertThat(latestRun("rescreen")).isEqualTo(failed);
		assertThat(decisions(failed)).hasSize(6).containsEntry("TX-2", "HOLD").containsEntry("TX-5", "HOLD")
			.containsEntry("TX-1", "CLEAR");
		assertThat(firstSheet(output.resolve("rescreen-" + today + ".xlsx")))
			.extracting((row) -> row.get("Transaction ID") + " " + row.get("Previous decision") + "→" + row.get("Decision"))
			.containsExactly("TX-2 CLEAR→HOLD", "TX-5 CLEAR→HOLD");
	}

	@Test
	void aRescreenScreenedAheadAndRestartedAfterAFailedChunkStoresWhatASingleThreadedOneDoes() throws Exception {
		LocalDate today = LocalDate.now();
		WorkbookFixture orders = WorkbookFixture.transactions();
		for (int i = 1; i <= 14; i++) {
			if (i == 2 || i == 9) {
				orders.row(TransactionRows.clean("TX-" + i).with("ultimate_consignee_name", LISTED_LATER)
					.with("ultimate_consignee_country", "DE")
					.with("ship_to_country", "DE"));
				continue;
			}
			// a customer's usual GPU orders and two far larger ones: DIVERSION-VOLUME's history spans chunks
			orders.row(TransactionRows.h100("TX-" + i, "Han River AI Co Ltd", "KR")
				.with("order_date", LocalDate.of(2026, 3, 2))
				.with("quantity", (i == 7 || i == 13) ? 160 : 8)
				.with("end_use", "Search ranking models")
				.with("customer_since", LocalDate.of(2018, 1, 1)));
		}
		Path input = orders.writeTo(Files.createDirectories(this.dir.resolve("input")).resolve("orders.xlsx"));
		Path single = this.dir.resolve("single");
		Path ahead = this.dir.resolve("ahead");
		for (Path database : List.of(single, ahead)) {
			this.db = database;
			assertThat(run("screen", "--input=" + input, "--run-date=" + today)).isZero();
		}
		Path download = Files.writeString(this.dir.resolve("consolidated.csv"), NEW_LIST);
		assertThat(run("lists", "refresh", "--from=" + download)).isZero();

		// a re-screen on the step's thread alone, uninterrupted
		this.db = single;
		assertThat(run("rescreen", "--since=2026-01-01", "--output=" + this.dir.resolve("out-single"),
				"--shipscreen.chunk-size=2", "--shipscreen.screening.screen-ahead=0")).isZero();

		// when: screened four rows ahead of the writer, the database fails on the fifth chunk (by id: TX-4, TX-5)
		this.db = ahead;
		execute("CREATE TRIGGER fail_tx5 BEFORE INSERT ON screening_result FOR EACH ROW CALL \""
				+ FailingTrigger.class.getName() + "\"");
		String[] rescreen = { "rescreen", "--since=2026-01-01", "--output=" + this.dir.resolve("out-ahead"),
				"--shipscreen.chunk-size=2", "--shipscreen.screening.screen-ahead=2" };
		assertThat(run(rescreen)).isEqualTo(1);
		assertThat(decisions(latestRun("rescreen"))).containsOnlyKeys("TX-1", "TX-10", "TX-11", "TX-12", "TX-13",
				"TX-14", "TX-2", "TX-3");
		execute("DROP TRIGGER fail_tx5");
		assertThat(run(rescreen)).isZero();

		// then: the same results, hits, changes and customer history as the single-threaded run
		List<String> tables = List.of(
				"SELECT run_id, transaction_id, decision, rule_ids, reasons, evidence FROM screening_result ORDER BY 1, 2",
				"SELECT run_id, transaction_id, seq, rule_id, severity, field, reason, evidence FROM screening_hit ORDER BY 1, 2, 3",
				"SELECT * FROM rescreen_change ORDER BY 1, 2",
				"SELECT run_id, first_transaction_id, line_count, history_lines FROM customer_history_chunk ORDER BY 1, 2",
				"SELECT transaction_id, run_id, decision, fields FROM screened_transaction ORDER BY 1");
		Map<String, List<String>> restarted = new LinkedHashMap<>();
		for (String table : tables) {
			restarted.put(table, rows(table));
		}
		this.db = single;
		for (String table : tables) {
			assertThat(restarted.get(table)).as(table).isNotEmpty().isEqualTo(rows(table));
		}
		assertThat(rows("SELECT transaction_id FROM rescreen_change")).contains("TX-2", "TX-9");
		assertThat(rows("SELECT transaction_id FROM screening_hit WHERE rule_id = 'DIVERSION-VOLUME'")).isNotEmpty();
	}

	/** Every row of a query, its columns joined by |. */
	private List<String> rows(String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = database(); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				StringBuilder row = new StringBuilder();
				for (int c = 1; c <= columns; c++) {
					row.append((c > 1) ? "|" : "").append(rs.getString(c));
				}
				rows.add(row.toString());
			}
		}
		return rows;
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = database(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/** One start of the application, as from the command line; its exit code. */
	private int run(String... command) {
		List<String> args = new ArrayList<>(List.of(command));
		args.add("--spring.datasource.url=jdbc:h2:file:" + this.db
				+ ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=FALSE");
		args.add("--shipscreen.parties.lists=" + this.lists);
		args.add("--shipscreen.parties.cleared-file=" + this.dir.resolve("cleared.csv"));
		args.add("--shipscreen.review.folder=" + this.dir.resolve("reviews"));
		PrintStream stdout = System.out;
		PrintStream stderr = System.err;
		this.out.reset();
		this.err.reset();
		System.setOut(new PrintStream(tee(stdout, this.out), true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(tee(stderr, this.err), true, StandardCharsets.UTF_8));
		try {
			ConfigurableApplicationContext context = new SpringApplicationBuilder(ShipscreenApplication.class)
				.run(args.toArray(String[]::new));
			return SpringApplication.exit(context);
		}
		finally {
			System.setOut(stdout);
			System.setErr(stderr);
		}
	}

	private static OutputStream tee(OutputStream one, OutputStream two) {
		return new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				one.write(b);
				two.write(b);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				one.write(bytes, offset, length);
				two.write(bytes, offset, length);
			}
		};
	}

	private Connection database() throws SQLException {
		return DriverManager.getConnection("jdbc:h2:file:" + this.db
				+ ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=FALSE", "sa", "");
	}

	private long latestRun(String source) throws SQLException {
		return count("SELECT MAX(run_id) FROM screening_run WHERE source = '" + source + "'");
	}

	private long count(String sql) throws SQLException {
		try (Connection connection = database(); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private Map<String, String> decisions(long runId) throws SQLException {
		Map<String, String> decisions = new HashMap<>();
		try (Connection connection = database(); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"SELECT transaction_id, decision FROM screening_result WHERE run_id = " + runId)) {
			while (rs.next()) {
				decisions.put(rs.getString(1), rs.getString(2));
			}
		}
		return decisions;
	}

	/** The first sheet's rows, header → cell text. */
	static List<Map<String, String>> firstSheet(Path workbook) throws IOException {
		DataFormatter format = new DataFormatter();
		List<Map<String, String>> rows = new ArrayList<>();
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Flagged");
			Row header = sheet.getRow(0);
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>();
				for (Cell cell : header) {
					Cell value = row.getCell(cell.getColumnIndex());
					values.put(cell.getStringCellValue(), (value != null) ? format.formatCellValue(value) : "");
				}
				rows.add(values);
			}
		}
		return rows;
	}

	private Path fill(Path workbook, String transactionId, String decision, String reviewer, String note)
			throws IOException {
		Path reviewed = this.dir.resolve("rescreen-reviewed.xlsx");
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
			Sheet sheet = book.getSheetAt(0);
			Map<String, Integer> columns = new HashMap<>();
			sheet.getRow(0).forEach((cell) -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row != null && transactionId.equals(row.getCell(columns.get("Transaction ID")).getStringCellValue())) {
					row.createCell(columns.get("Reviewer decision")).setCellValue(decision);
					row.createCell(columns.get("Reviewer")).setCellValue(reviewer);
					row.createCell(columns.get("Reviewer note")).setCellValue(note);
				}
			}
			try (OutputStream file = Files.newOutputStream(reviewed)) {
				book.write(file);
			}
		}
		return reviewed;
	}

}
