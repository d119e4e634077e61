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
import io.shipscreen.transaction.CountryCodes;
import io.shipscreen.transaction.ParsedRow;
import io.shipscreen.transaction.RawRow;
import io.shipscreen.transaction.TransactionParser;
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

	// ---- workbooks written by other programs: cell-level problems reject the row, never the file ----
	// openpyxl and PyPI are not available here: each fixture writes, part by part (RawXlsx), the XML
	// shapes those programs emit, as documented beside each case.

	@Test
	void anOpenpyxlFormulaWithoutAResultRejectsItsRowAndNamesTheCell() throws Exception {
		// openpyxl writes a formula as <f>..</f><v></v>: it never calculates, so no result is saved
		Path file = sharedStringSheet(List.of(good("OP-1"),
				good("OP-2").with("quantity", new RawXlsx.Xml("<c r=\"@\"><f>C3*2</f><v></v></c>")), good("OP-3")))
			.writeTo(this.dir.resolve("openpyxl.xlsx"));

		List<ParsedRow> rows = screenable(file);

		assertThat(rows).extracting(ParsedRow::isValid).containsExactly(true, false, true);
		assertThat(rows.get(1).problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.column()).isEqualTo("quantity");
			assertThat(problem.position()).isEqualTo("H3");
			assertThat(problem.reason()).startsWith("formula =C3*2 has no saved result");
		});
		assertThat(rows.get(1).origin().row()).isEqualTo(3);
	}

	@Test
	void aFormulaWithNoValueElementInAnOptionalColumnIsARejectNotABlank() throws Exception {
		// an export script writing <c><f>..</f></c> alone: the end user would silently go unscreened
		Path file = sharedStringSheet(List.of(good("NV-1").with("end_user_name",
				new RawXlsx.Xml("<c r=\"@\"><f>VLOOKUP(A2,Customers!A:B,2,0)</f></c>")), good("NV-2")))
			.writeTo(this.dir.resolve("no-value.xlsx"));

		List<ParsedRow> rows = screenable(file);

		assertThat(rows).extracting(ParsedRow::isValid).containsExactly(false, true);
		assertThat(rows.get(0).problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.column() + " " + problem.position() + " " + problem.reason())
				.startsWith("end_user_name " + column("end_user_name") + "2 formula =VLOOKUP(A2,Customers!A:B,2,0) "
						+ "has no saved result"));
	}

	@Test
	void anExcelFormulaWhoseSavedResultIsEmptyTextIsABlankCell() throws Exception {
		// Excel saves =IF(..,"",..) as t="str" with an empty <v>: a real, empty result
		Path file = sharedStringSheet(List.of(good("ET-1").with("license_number",
				new RawXlsx.Xml("<c r=\"@\" t=\"str\"><f>IF(1,\"\",\"D123\")</f><v></v></c>"))))
			.writeTo(this.dir.resolve("empty-text.xlsx"));

		assertThat(screenable(file)).singleElement().satisfies((row) -> {
			assertThat(row.isValid()).isTrue();
			assertThat(row.transaction().licenseNumber()).isNull();
		});
	}

	@Test
	void aCellTypeTheReaderDoesNotKnowRejectsItsRow() throws Exception {
		Path file = sharedStringSheet(List.of(good("UT-1").with("eccn", new RawXlsx.Xml("<c r=\"@\" t=\"x\"><v>1</v></c>")),
				good("UT-2"))).writeTo(this.dir.resolve("unknown-type.xlsx"));

		List<ParsedRow> rows = screenable(file);

		assertThat(rows).extracting(ParsedRow::isValid).containsExactly(false, true);
		assertThat(rows.get(0).problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.position() + " " + problem.reason())
				.isEqualTo(column("eccn") + "2 cell type the reader does not know (t=\"x\"): save the workbook in "
						+ "Excel or LibreOffice"));
	}

	@Test
	void aNumberCellHoldingTextAnErrorCodeNoProgramWritesAndABadIsoDateAreEachOneReject() throws Exception {
		Path file = sharedStringSheet(List.of(good("BV-1").with("unit_value_usd", new RawXlsx.Xml("<c r=\"@\"><v>abc</v></c>")),
				good("BV-2").with("tpp_per_unit", new RawXlsx.Xml("<c r=\"@\" t=\"e\"><v>#BOGUS!</v></c>")),
				good("BV-3").with("order_date", new RawXlsx.Xml("<c r=\"@\" t=\"d\"><v>30.11.2026</v></c>")),
				good("BV-4"))).writeTo(this.dir.resolve("bad-values.xlsx"));

		List<ParsedRow> rows = screenable(file);

		assertThat(rows).extracting(ParsedRow::isValid).containsExactly(false, false, false, true);
		assertThat(rows.subList(0, 3)).extracting((row) -> row.problems().get(0).position())
			.containsExactly(column("unit_value_usd") + "2", column("tpp_per_unit") + "3", column("order_date") + "4");
		assertThat(rows.subList(0, 3)).allSatisfy((row) -> assertThat(row.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.reason()).startsWith("cannot be read (")));
	}

	@Test
	void anInlineStringWriterAndASharedStringWriterReadTheSame() throws Exception {
		// streaming writers (xlsxwriter's constant_memory mode, many ERP exports) write inline strings;
		// Excel, openpyxl and LibreOffice write a shared-string table
		List<TransactionRows.Row> rows = List.of(good("SS-1"), TransactionRows.h100("SS-2", "Kyoto AI Lab KK", "JP"));
		RawXlsx inline = RawXlsx.sheet("Transactions").row(TransactionRows.HEADERS);
		rows.forEach((row) -> inline.row(TransactionRows.HEADERS, row));
		Path inlineFile = inline.writeTo(this.dir.resolve("inline.xlsx"));
		Path sharedFile = sharedStringSheet(rows).writeTo(this.dir.resolve("shared.xlsx"));

		List<ParsedRow> fromInline = screenable(inlineFile);
		List<ParsedRow> fromShared = screenable(sharedFile);

		assertThat(fromInline).allMatch(ParsedRow::isValid).hasSize(2);
		assertThat(fromShared).extracting(ParsedRow::transaction)
			.usingRecursiveFieldByFieldElementComparatorIgnoringFields("origin")
			.containsExactlyElementsOf(fromInline.stream().map(ParsedRow::transaction).toList());
	}

	@Test
	void aWorkbookWithLibreOfficesPartsReadsItsDatesAsDates() throws Exception {
		// LibreOffice Calc: sheetPr/dimension/sheetViews/cols before sheetData, a styles part whose
		// numFmt 164 is YYYY-MM-DD, dates as serial numbers with s="1", document properties
		String styles = """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
				<numFmts count="1"><numFmt numFmtId="164" formatCode="YYYY\\-MM\\-DD"/></numFmts>\
				<fonts count="1"><font><sz val="10"/><name val="Arial"/><family val="2"/></font></fonts>\
				<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
				<borders count="1"><border diagonalUp="false" diagonalDown="false"><left/><right/><top/><bottom/><diagonal/></border></borders>\
				<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
				<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
				<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="true"/></cellXfs>\
				<cellStyles count="1"><cellStyle name="Default" xfId="0" builtinId="0"/></cellStyles></styleSheet>""";
		TransactionRows.Row row = good("LO-9").with("order_date", new RawXlsx.Xml("<c r=\"@\" s=\"1\" t=\"n\"><v>46356</v></c>"))
			.with("customer_since", new RawXlsx.Xml("<c r=\"@\" s=\"1\" t=\"n\"><v>43905</v></c>"));
		Path file = sharedStringSheet(List.of(row)).part("xl/styles.xml", styles)
			.part("docProps/app.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Properties "
					+ "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
					+ "<Application>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88</Application></Properties>")
			.beforeSheetData("<sheetPr filterMode=\"false\"><pageSetUpPr fitToPage=\"false\"/></sheetPr>"
					+ "<dimension ref=\"A1:AD2\"/><sheetViews><sheetView showFormulas=\"false\" tabSelected=\"true\" "
					+ "workbookViewId=\"0\"><selection pane=\"topLeft\" activeCell=\"A1\" sqref=\"A1\"/></sheetView>"
					+ "</sheetViews><sheetFormatPr defaultColWidth=\"11.53515625\" defaultRowHeight=\"12.8\"/>"
					+ "<cols><col collapsed=\"false\" customWidth=\"false\" hidden=\"false\" outlineLevel=\"0\" max=\"1025\" "
					+ "min=\"1\" style=\"0\" width=\"11.52\"/></cols>")
			.writeTo(this.dir.resolve("libreoffice-parts.xlsx"));

		assertThat(screenable(file)).singleElement().satisfies((parsed) -> {
			assertThat(parsed.problems()).isEmpty();
			assertThat(parsed.transaction().orderDate()).isEqualTo(LocalDate.of(2026, 11, 30));
			assertThat(parsed.transaction().customerSince()).isEqualTo(LocalDate.of(2020, 3, 15));
		});
	}

	@Test
	void aSharedStringIndexPastTheTableRejectsItsRowAndNamesTheCell() throws Exception {
		// a hand-edited or damaged file: the table has a few dozen strings, the cell points at 999
		Path file = sharedStringSheet(List.of(good("SI-1"),
				good("SI-2").with("manufacturer", new RawXlsx.Xml("<c r=\"@\" t=\"s\"><v>999</v></c>")), good("SI-3")))
			.writeTo(this.dir.resolve("broken-sst.xlsx"));

		assertThat(ExcelInputs.check(file.toFile())).isEqualTo(3);
		List<ParsedRow> rows = screenable(file);

		assertThat(rows).extracting(ParsedRow::isValid).containsExactly(true, false, true);
		assertThat(rows.get(1).origin().file()).isEqualTo("broken-sst.xlsx");
		assertThat(rows.get(1).origin().row()).isEqualTo(3);
		assertThat(rows.get(1).problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.column()).isEqualTo("manufacturer");
			assertThat(problem.position()).isEqualTo(column("manufacturer") + "3");
			assertThat(problem.reason()).matches("refers to shared string 999, which the workbook's string table "
					+ "\\(\\d+ strings\\) does not have \\(a damaged or hand-made file\\)");
		});
		assertThat(rows.get(2).transaction().transactionId()).isEqualTo("SI-3");
	}

	@Test
	void aNegativeOrNonNumericSharedStringIndexRejectsItsRowAndNamesTheCell() throws Exception {
		Path file = sharedStringSheet(List.of(
				good("SN-1").with("eccn", new RawXlsx.Xml("<c r=\"@\" t=\"s\"><v>-1</v></c>")),
				good("SN-2").with("end_use", new RawXlsx.Xml("<c r=\"@\" t=\"s\"><v>seven</v></c>")),
				good("SN-3").with("exporter", new RawXlsx.Xml("<c r=\"@\" t=\"s\"><v></v></c>")), good("SN-4")))
			.writeTo(this.dir.resolve("odd-sst.xlsx"));

		assertThat(ExcelInputs.check(file.toFile())).isEqualTo(4);
		List<ParsedRow> rows = screenable(file);

		assertThat(rows).extracting(ParsedRow::isValid).containsExactly(false, false, false, true);
		assertThat(rows.subList(0, 3)).extracting((row) -> row.problems().get(0).position() + " "
				+ row.problems().get(0).reason())
			.containsExactly(
					column("eccn") + "2 refers to shared string -1, which the workbook's string table ("
							+ sharedStringCount(file) + " strings) does not have (a damaged or hand-made file)",
					column("end_use") + "3 refers to shared string 'seven', which is not a string-table index "
							+ "(a damaged or hand-made file)",
					column("exporter") + "4 refers to shared string '', which is not a string-table index "
							+ "(a damaged or hand-made file)");
	}

	@Test
	void aBrokenSharedStringIndexInTheHeaderFailsTheFileNamingTheCell() throws Exception {
		Path file = patchSheet(sharedStringSheet(List.of(good("SH-1"))).writeTo(this.dir.resolve("header-sst.xlsx")),
				"<c r=\"A1\" t=\"s\"><v>0</v></c>", "<c r=\"A1\" t=\"s\"><v>5000</v></c>");

		assertThatThrownBy(() -> ExcelInputs.check(file.toFile())).isInstanceOf(InputFileException.class)
			.hasMessageStartingWith("header-sst.xlsx: header cell A1 refers to shared string 5000, which the "
					+ "workbook's string table (");
	}

	@Test
	void aSharedStringTableWithRichTextRunsAndPhoneticGuidesReadsAsExcelShowsIt() throws Exception {
		// Excel writes formatted text as runs (<r><t>..</t></r>) and Japanese readings as <rPh>
		Path file = sharedStringSheet(List.of(good("RT-1"))).writeTo(this.dir.resolve("rich.xlsx"));
		Path rich = patchPart(file, "xl/sharedStrings.xml", "<si><t xml:space=\"preserve\">RT-1</t></si>",
				"<si><r><rPr><b/></rPr><t>RT</t></r><r><t>-1</t></r><rPh sb=\"0\" eb=\"2\"><t>アールティー</t></rPh></si>");

		assertThat(screenable(rich)).singleElement()
			.satisfies((row) -> assertThat(row.transaction().transactionId()).isEqualTo("RT-1"));
	}

	@Test
	void anExternalEntityFarDownTheSheetIsRefusedByNameOnTheScreenStepsReadsToo() throws Exception {
		Path secret = Files.writeString(this.dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
		RawXlsx sheet = RawXlsx.sheet("Transactions")
			.prolog("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
					+ secret.toUri() + "\">]>")
			.row(TransactionRows.HEADERS);
		for (int i = 1; i <= 600; i++) {
			sheet.row(TransactionRows.HEADERS, good("XE-" + i));
		}
		Path file = patchSheet(sheet.row(TransactionRows.HEADERS, good("&xxe;")).writeTo(this.dir.resolve("late-xxe.xlsx")),
				"&amp;xxe;", "&xxe;");
		String refused = "late-xxe.xlsx: sheet XML declares a DTD or external entity, which is refused for safety";

		assertFailsWith(file, refused);
		// the DTD is met as the sheet is opened, before any row (or the entity) is read
		assertThat(fileFailure(() -> screenable(file))).hasMessage(refused)
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("TOP-SECRET"));
	}

	@Test
	void anEntityReferenceFarDownASheetWithoutADtdFailsTheFileByNameOnTheScreenStepsReads() throws Exception {
		RawXlsx sheet = RawXlsx.sheet("Transactions").sharedStrings().row(TransactionRows.HEADERS);
		for (int i = 1; i <= 600; i++) {
			sheet.row(TransactionRows.HEADERS, good("ER-" + i));
		}
		Path file = patchSheet(sheet.row(TransactionRows.HEADERS, good("ER-601").with("eccn",
				new RawXlsx.Xml("<c r=\"@\" t=\"inlineStr\"><is><t>ENTITY-HERE</t></is></c>")))
			.writeTo(this.dir.resolve("late-entity.xlsx")), "ENTITY-HERE", "&xxe;");
		String refused = "late-entity.xlsx: sheet XML declares a DTD or external entity, which is refused for safety";

		assertFailsWith(file, refused);
		assertThat(fileFailure(() -> screenable(file))).hasMessage(refused);
	}

	/** The file's one-line failure, however deep Spring Batch's reader wraps it. */
	private static InputFileException fileFailure(org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
		Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(read);
		for (Throwable t = thrown; t != null; t = t.getCause()) {
			if (t instanceof InputFileException failure) {
				return failure;
			}
		}
		throw new AssertionError("no InputFileException in " + thrown, thrown);
	}

	/**
	 * Damages one to three random data cells of a valid workbook with the shapes other programs and
	 * broken files produce. Every run either screens every undamaged row (and rejects or screens
	 * the damaged ones, naming the damaged cell) or fails the file on one line naming it.
	 */
	@Test
	void randomlyDamagedCellsNeverLoseAGoodRowOrEscapeAsAStackTrace() throws Exception {
		List<String> damages = List.of("<c r=\"@\"><f>B2+1</f><v></v></c>", "<c r=\"@\"><f>NOW()</f></c>",
				"<c r=\"@\" t=\"x\"><v>7</v></c>", "<c r=\"@\"><v>twelve</v></c>", "<c r=\"@\" t=\"e\"><v>#WHAT?</v></c>",
				"<c r=\"@\" t=\"d\"><v>soon</v></c>", "<c r=\"@\" t=\"b\"><v>maybe</v></c>",
				"<c r=\"@\" t=\"n\"><v>1e999</v></c>", "<c r=\"@\" t=\"inlineStr\"><is></is></c>",
				"<c r=\"@\" t=\"s\"><v>424242</v></c>", "<c r=\"@\" t=\"s\"><v>-1</v></c>",
				"<c r=\"@\" t=\"s\"><v>2147483648</v></c>", "<c r=\"@\" t=\"s\"><v>1.5</v></c>",
				"<c r=\"@\" t=\"s\"><v>x9</v></c>", "<c r=\"@\" t=\"s\"/>", "<c r=\"@\" s=\"77\"><v>3</v></c>",
				"<c r=\"@\" t=\"str\"><f>A1</f><v>" + "Z".repeat(300) + "</v></c>");
		int rowsPerFile = 25;
		int failedFiles = 0;
		for (long seed = 1; seed <= 60; seed++) {
			java.util.Random random = new java.util.Random(seed);
			List<TransactionRows.Row> rows = new java.util.ArrayList<>();
			for (int i = 1; i <= rowsPerFile; i++) {
				rows.add((i % 3 == 0) ? TransactionRows.h100("FZ-" + i, "Osaka Compute KK", "JP") : good("FZ-" + i));
			}
			java.util.Map<Integer, String> damagedCells = new java.util.HashMap<>();
			for (int d = 1 + random.nextInt(3); d > 0; d--) {
				int index = random.nextInt(rowsPerFile);
				String header = TransactionRows.HEADERS.get(random.nextInt(TransactionRows.HEADERS.size()));
				rows.get(index).put(header, new RawXlsx.Xml(damages.get(random.nextInt(damages.size()))));
				damagedCells.merge(index + 2, column(header) + (index + 2), (a, b) -> a + "," + b);
			}
			String name = "fuzz-" + seed + ".xlsx";
			Path file = sharedStringSheet(rows).writeTo(this.dir.resolve(name));

			List<ParsedRow> parsed;
			try {
				ExcelInputs.check(file.toFile());
				parsed = screenable(file);
			}
			catch (InputFileException ex) {
				assertThat(ex.getMessage()).as("seed %d", seed).startsWith(name + ": ").doesNotContain("\n");
				failedFiles++;
				continue;
			}
			assertThat(parsed).as("seed %d: every row read", seed).hasSize(rowsPerFile);
			for (ParsedRow row : parsed) {
				int sheetRow = (int) row.origin().row();
				if (!damagedCells.containsKey(sheetRow)) {
					assertThat(row.isValid()).as("seed %d: undamaged row %d screened", seed, sheetRow).isTrue();
					assertThat(row.transaction().transactionId()).isEqualTo("FZ-" + (sheetRow - 1));
				}
				else if (!row.isValid()) {
					assertThat(row.problems()).as("seed %d: row %d names a damaged cell", seed, sheetRow)
						.anySatisfy((problem) -> assertThat(damagedCells.get(sheetRow)).contains(
								(problem.position() != null) ? problem.position() : column(problem.column()) + sheetRow));
				}
			}
		}
		// every damage is a cell-level one (shared-string indexes past the table, negative or not a
		// number included): a reject of its row, never of the file
		assertThat(failedFiles).isZero();
	}

	private static TransactionRows.Row good(String id) {
		return TransactionRows.clean(id);
	}

	private static RawXlsx sharedStringSheet(List<TransactionRows.Row> rows) {
		RawXlsx xlsx = RawXlsx.sheet("Transactions").sharedStrings().row(TransactionRows.HEADERS);
		rows.forEach((row) -> xlsx.row(TransactionRows.HEADERS, row));
		return xlsx;
	}

	/** The sheet column letter of a contract column in {@link TransactionRows#HEADERS} order. */
	private static String column(String header) {
		return org.apache.poi.ss.util.CellReference.convertNumToColString(TransactionRows.HEADERS.indexOf(header));
	}

	/** Every row as the screen step reads and validates it. */
	private static List<ParsedRow> screenable(Path file) throws Exception {
		XlsxTransactionReader reader = new XlsxTransactionReader();
		reader.setResource(new org.springframework.core.io.FileSystemResource(file));
		reader.open(new org.springframework.batch.infrastructure.item.ExecutionContext());
		TransactionParser parser = new TransactionParser(CountryCodes.standard());
		List<ParsedRow> rows = new java.util.ArrayList<>();
		try {
			for (RawRow row = reader.read(); row != null; row = reader.read()) {
				rows.add(parser.parse(row));
			}
		}
		finally {
			reader.close();
		}
		return rows;
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

	/** The number of strings in {@code file}'s shared-string table. */
	private static int sharedStringCount(Path file) throws IOException {
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
			String sst = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			return sst.split("<si>", -1).length - 1;
		}
	}

	/** Rewrites the sheet part of {@code file} with one textual replacement. */
	private static Path patchSheet(Path file, String from, String to) throws IOException {
		return patchPart(file, "xl/worksheets/sheet1.xml", from, to);
	}

	/** Rewrites one part of {@code file} with one textual replacement. */
	private static Path patchPart(Path file, String part, String from, String to) throws IOException {
		Path patched = file.resolveSibling("patched-" + file.getFileName());
		try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(patched))) {
			for (var entries = in.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				byte[] bytes = in.getInputStream(entry).readAllBytes();
				if (entry.getName().equals(part)) {
					String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
					assertThat(text).as("%s of %s", part, file.getFileName()).contains(from);
					bytes = text.replace(from, to)
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
