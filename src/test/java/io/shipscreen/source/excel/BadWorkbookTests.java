package io.shipscreen.source.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.shipscreen.source.InputFileException;
import io.shipscreen.testdata.TransactionRows;
import io.shipscreen.testdata.WorkbookFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whole files that cannot be screened (docs/contract.md §1: the night fails with one line naming
 * the file, before anything is screened). Each case checks the exact line an operator reads.
 * The end-to-end consequence (exit 1, nothing published, the same command resumes once the file
 * is fixed) is shown once for all of them in the job scenarios and in {@code BadInputNightTests}.
 */
class BadWorkbookTests {

	@TempDir
	Path dir;

	@Test
	void aCsvRenamedToXlsxIsNotAZip() throws IOException {
		Path file = Files.writeString(this.dir.resolve("orders.xlsx"), "transaction_id,order_date\nTX-1,2026-11-30\n");

		assertFailsWith(file, "orders.xlsx: not an .xlsx workbook (not a zip file)");
	}

	@Test
	void anEmptyFile() throws IOException {
		Path file = Files.createFile(this.dir.resolve("empty.xlsx"));

		assertFailsWith(file, "empty.xlsx: empty file (0 bytes)");
	}

	@Test
	void aFileShorterThanAZipHeader() throws IOException {
		Path file = Files.write(this.dir.resolve("tiny.xlsx"), new byte[] { 'P', 'K' });

		assertFailsWith(file, "tiny.xlsx: not an .xlsx workbook (not a zip file)");
	}

	@Test
	void aTruncatedDownload() throws IOException {
		Path good = goodWorkbook("full.xlsx", 200);
		byte[] bytes = Files.readAllBytes(good);
		Path file = Files.write(this.dir.resolve("truncated.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

		assertThatThrownBy(() -> ExcelInputs.check(file.toFile())).isInstanceOf(InputFileException.class)
			.hasMessageStartingWith("truncated.xlsx: corrupt or truncated workbook (")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("\n"));
	}

	@Test
	void aZipWithADamagedBody() throws IOException {
		Path good = goodWorkbook("full.xlsx", 50);
		byte[] bytes = Files.readAllBytes(good);
		for (int i = 100; i < bytes.length - 100; i += 7) {
			bytes[i] = (byte) (bytes[i] ^ 0x5A);
		}
		Path file = Files.write(this.dir.resolve("damaged.xlsx"), bytes);

		assertThatThrownBy(() -> ExcelInputs.check(file.toFile())).isInstanceOf(InputFileException.class)
			.hasMessageStartingWith("damaged.xlsx: ")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("\n"));
	}

	@Test
	void aPasswordProtectedWorkbook() throws Exception {
		Path plain = goodWorkbook("plain.xlsx", 3);
		Path file = this.dir.resolve("protected.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("s3cret");
			try (OutputStream encrypted = encryptor.getDataStream(fs)) {
				Files.copy(plain, encrypted);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}

		assertFailsWith(file, "protected.xlsx: password-protected workbook or legacy .xls file: "
				+ "save it as an unencrypted .xlsx workbook");
	}

	@Test
	void aLegacyXlsWorkbookRenamedToXlsx() throws IOException {
		Path file = this.dir.resolve("legacy.xlsx");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("Transactions").createRow(0).createCell(0).setCellValue("transaction_id");
			workbook.write(out);
		}

		assertFailsWith(file, "legacy.xlsx: password-protected workbook or legacy .xls file: "
				+ "save it as an unencrypted .xlsx workbook");
	}

	@Test
	void aZipThatIsNotAWorkbook() throws IOException {
		Path file = this.dir.resolve("archive.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("monthly export, see attached".getBytes());
			zip.closeEntry();
		}

		assertThatThrownBy(() -> ExcelInputs.check(file.toFile())).isInstanceOf(InputFileException.class)
			.hasMessageStartingWith("archive.xlsx: cannot be read as an .xlsx workbook (");
	}

	@Test
	void aZipBombIsRefusedBeforeItExpands() throws IOException {
		// 40 MB of one letter, which compresses to about 0.1% of its size
		String filler = "A".repeat(4_000_000);
		Path file = RawXlsx.sheet("Transactions").row(TransactionRows.HEADERS).streamRows((sink) -> {
			for (int i = 0; i < 10; i++) {
				sink.row(List.of(filler));
			}
		}).writeTo(this.dir.resolve("bomb.xlsx"));
		assertThat(Files.size(file)).isLessThan(400_000);

		assertFailsWith(file,
				"bomb.xlsx: rejected as a possible zip bomb (it expands far more than a normal workbook)");
	}

	@Test
	void anExternalEntityInTheSheetXmlIsRefusedAndNeverRead() throws IOException {
		Path secret = Files.writeString(this.dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
		Path file = RawXlsx.sheet("Transactions")
			.prolog("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
					+ secret.toUri() + "\">]>")
			.row(TransactionRows.HEADERS)
			.row("&xxe;")
			.writeTo(this.dir.resolve("xxe.xlsx"));
		// the row above is escaped text; put a real entity reference into the sheet part
		Path patched = patchSheet(file, "&amp;xxe;", "&xxe;");

		assertThatThrownBy(() -> ExcelInputs.check(patched.toFile())).isInstanceOf(InputFileException.class)
			.hasMessage("xxe.xlsx: sheet XML declares a DTD or external entity, which is refused for safety")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("TOP-SECRET"));
	}

	@Test
	void aBillionLaughsEntityExpansionIsRefused() throws IOException {
		StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY lol \"lol\">");
		for (int i = 1; i <= 9; i++) {
			dtd.append("<!ENTITY lol").append(i).append(" \"");
			for (int j = 0; j < 10; j++) {
				dtd.append("&lol").append((i == 1) ? "" : String.valueOf(i - 1)).append(';');
			}
			dtd.append("\">");
		}
		dtd.append("]>");
		Path file = patchSheet(RawXlsx.sheet("Transactions").prolog(dtd.toString()).row(TransactionRows.HEADERS)
			.row("LOL")
			.writeTo(this.dir.resolve("laughs.xlsx")), ">LOL<", ">&lol9;<");

		assertFailsWith(file, "laughs.xlsx: sheet XML declares a DTD or external entity, which is refused for safety");
	}

	@Test
	void aSheetWithNothingOnIt() throws IOException {
		Path file = RawXlsx.sheet("Transactions").writeTo(this.dir.resolve("blank.xlsx"));

		assertFailsWith(file, "blank.xlsx: sheet is empty: no header row");
	}

	@Test
	void aHeaderThatIsNotInRowOne() throws IOException {
		Path file = WorkbookFixture.sheet("Transactions", "Export report November").rawRow()
			.writeTo(this.dir.resolve("titled.xlsx"));
		// a title row pushed down: write the header in row 3 by hand
		Path pushed = RawXlsx.sheet("Transactions").writeTo(this.dir.resolve("pushed.xlsx"));
		Path moved = patchSheet(pushed, "<sheetData></sheetData>", "<sheetData><row r=\"3\"><c r=\"A3\" t=\"inlineStr\">"
				+ "<is><t>transaction_id</t></is></c></row></sheetData>");

		assertFailsWith(moved, "pushed.xlsx: no header in row 1 (the header must be the first row)");
		assertThatThrownBy(() -> ExcelInputs.check(file.toFile())).isInstanceOf(InputFileException.class)
			.hasMessageStartingWith("titled.xlsx: no usable header in row 1");
	}

	@Test
	void noTransactionsSheetAndAFirstSheetWithoutAUsableHeader() throws IOException {
		Path file = WorkbookFixture.sheet("Notes", "Please find the orders attached", "Regards")
			.rawRow("see", "below")
			.writeTo(this.dir.resolve("notes.xlsx"));

		assertFailsWith(file, "notes.xlsx: no usable header in row 1 (expected columns such as "
				+ "transaction_id, order_date, item_description, ...)");
	}

	@Test
	void missingRequiredColumnsAreAllNamed() throws IOException {
		Path file = WorkbookFixture.sheet("Transactions", "transaction_id", "order_date", "quantity", "Comments")
			.rawRow("TX-1", LocalDate.of(2026, 11, 30), 1, "ok")
			.writeTo(this.dir.resolve("partial.xlsx"));

		assertFailsWith(file, "partial.xlsx: missing required column(s): item_description, unit_value_usd, "
				+ "ultimate_consignee_name, ultimate_consignee_country, ship_to_country");
	}

	@Test
	void aColumnNamedTwiceInTheHeader() throws IOException {
		List<String> headers = new java.util.ArrayList<>(TransactionRows.HEADERS);
		headers.add("Ship To Country");
		Path file = WorkbookFixture.sheet("Transactions", headers.toArray(String[]::new))
			.row(TransactionRows.clean("TX-1"))
			.writeTo(this.dir.resolve("twice.xlsx"));

		assertThatThrownBy(() -> ExcelInputs.check(file.toFile())).isInstanceOf(InputFileException.class)
			.hasMessageStartingWith("twice.xlsx: header names column ship_to_country twice (columns ");
	}

	@Test
	void aFolderWithoutWorkbooks() throws IOException {
		Path folder = Files.createDirectories(this.dir.resolve("inbox"));
		Files.writeString(folder.resolve("orders.csv"), "transaction_id\nTX-1\n");

		assertThatThrownBy(() -> ExcelInputs.find(folder)).isInstanceOf(InputFileException.class)
			.hasMessage(folder + ": no .xlsx files in this folder");
	}

	@Test
	void aMissingInputPath() {
		Path missing = this.dir.resolve("no-such-folder");

		assertThatThrownBy(() -> ExcelInputs.find(missing)).isInstanceOf(InputFileException.class)
			.hasMessage(missing + ": no such file or folder");
	}

	@Test
	void excelLockFilesAreNotInputs() throws IOException {
		Path folder = Files.createDirectories(this.dir.resolve("inbox"));
		Path orders = goodWorkbook("inbox/orders.xlsx", 1);
		Files.writeString(folder.resolve("~$orders.xlsx"), "lock");

		assertThat(ExcelInputs.find(folder)).containsExactly(orders);
	}

	@Test
	void aHeaderOnlyWorkbookIsReadableAndHasNoRows() throws IOException {
		Path file = WorkbookFixture.transactions().writeTo(this.dir.resolve("header-only.xlsx"));

		assertThat(ExcelInputs.check(file.toFile())).isZero();
	}

	@Test
	void aSheetPastExcelsRowLimitIsStillReadToTheEnd() throws IOException {
		// 1,048,576 rows is Excel's limit; other tools write more. Minimal rows keep this cheap.
		int rows = 1_048_600;
		List<String> header = TransactionRows.HEADERS;
		Path file = RawXlsx.sheet("Transactions").row(header).streamRows((sink) -> {
			for (int i = 1; i <= rows; i++) {
				sink.row(List.of("T" + i));
			}
		}).writeTo(this.dir.resolve("huge.xlsx"));

		assertThat(ExcelInputs.check(file.toFile())).isEqualTo(rows);
	}

	private void assertFailsWith(Path file, String line) {
		assertThatThrownBy(() -> ExcelInputs.check(file.toFile())).isInstanceOf(InputFileException.class)
			.hasMessage(line);
	}

	private Path goodWorkbook(String name, int rows) throws IOException {
		WorkbookFixture fixture = WorkbookFixture.transactions();
		for (int i = 1; i <= rows; i++) {
			fixture.row(TransactionRows.clean("TX-" + i));
		}
		return fixture.writeTo(this.dir.resolve(name));
	}

	/** Rewrites the sheet part of {@code file} with one textual replacement. */
	private static Path patchSheet(Path file, String from, String to) throws IOException {
		Path patched = file.resolveSibling("patched-" + file.getFileName());
		try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(patched))) {
			for (var entries = in.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				byte[] bytes = in.getInputStream(entry).readAllBytes();
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					bytes = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace(from, to)
						.getBytes(java.nio.charset.StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(bytes);
				out.closeEntry();
			}
		}
		Files.delete(file);
		Files.move(patched, file);
		return file;
	}

}
