package io.shipscreen.ownership;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Reading the register: what is used, what is reported with file, row and reason, what fails the start. */
class OwnershipRegisterReaderTest {

	@TempDir
	Path dir;

	private final OwnershipRegisterReader reader = new OwnershipRegisterReader();

	@Test
	void badRowsAreReportedWithFileRowAndReasonAndEveryGoodRowIsKept() throws Exception {
		Path csv = Files.writeString(this.dir.resolve("kyc.csv"), "\uFEFFEntity Name,Entity-Country,OWNER_NAME,"
				+ "owner country,Share Percent,as_of,source,analyst\n"
				+ "Alpha Ltd.,HK,Huawei Technologies Co. Ltd.,CN,60 %,2026-10-01,KYC file 17,jd\n"
				+ ",HK,Huawei Technologies Co. Ltd.,CN,60,,,\n"
				+ "Beta Ltd.,,,CN,60,,,\n"
				+ "Gamma Ltd.,HK,Huawei Technologies Co. Ltd.,CN,sixty,,,\n"
				+ "Delta Ltd.,HK,Huawei Technologies Co. Ltd.,CN,120,,,\n"
				+ "\n"
				+ "Epsilon Ltd.,Atlantis,Huawei Technologies Co. Ltd.,CN,\"25,5\",01/10/2026,,\n"
				+ "Zeta Ltd.,Hong Kong,Opaque Holdings Ltd.,,,,,\n", StandardCharsets.UTF_8);

		OwnershipRegister register = this.reader.read(List.of(csv));

		assertThat(register.holdings()).extracting(Holding::entityName, Holding::entityCountry, Holding::sharePercent,
				Holding::row)
			.containsExactly(tuple("Alpha Ltd.", "HK", 60.0, 2L), tuple("Epsilon Ltd.", null, 25.5, 8L),
					tuple("Zeta Ltd.", "HK", null, 9L));
		assertThat(register.holdings().get(0).asOf()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(register.holdings().get(0).source()).isEqualTo("KYC file 17");
		assertThat(register.problems()).extracting(RegisterProblem::toString)
			.containsExactly("kyc.csv row 3: entity_name is empty: the row is not used",
					"kyc.csv row 4: owner_name is empty: the row is not used",
					"kyc.csv row 5: share_percent 'sixty' is not a number (write 0-100, blank when unknown): the row is not used",
					"kyc.csv row 6: share_percent '120' is outside 0-100: the row is not used",
					"kyc.csv row 8: entity_country 'Atlantis' is not a country (use an ISO code or English name); "
							+ "the holding is used without it",
					"kyc.csv row 8: as_of '01/10/2026' is not a date (yyyy-MM-dd); the holding is used without it");
		assertThat(register.files()).singleElement().satisfies((file) -> {
			assertThat(file.file()).isEqualTo("kyc.csv");
			assertThat(file.rows()).isEqualTo(7);
			assertThat(file.holdings()).isEqualTo(3);
			assertThat(file.sha256()).hasSize(64);
		});
	}

	@Test
	void readsTheFirstSheetOfAWorkbookWithPercentCellsAndDateCells() throws Exception {
		Path xlsx = this.dir.resolve("vendor-export.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
			Sheet sheet = workbook.createSheet("Ownership");
			String[] header = { "entity_name", "entity_country", "owner_name", "owner_country", "share_percent", "as_of" };
			Row head = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(header[i]);
			}
			CellStyle percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("Alpha Ltd.");
			row.createCell(1).setCellValue("HK");
			row.createCell(2).setCellValue("Huawei Technologies Co. Ltd.");
			row.createCell(3).setCellValue("CN");
			row.createCell(4).setCellValue(0.6);
			row.getCell(4).setCellStyle(percent);
			row.createCell(5).setCellValue(LocalDate.of(2026, 10, 1));
			row.getCell(5).setCellStyle(date);
			Row plain = sheet.createRow(2);
			plain.createCell(0).setCellValue("Beta Ltd.");
			plain.createCell(2).setCellValue("Alpha Ltd.");
			plain.createCell(4).setCellValue(70);
			workbook.write(out);
		}

		OwnershipRegister register = this.reader.read(List.of(this.dir));

		assertThat(register.problems()).isEmpty();
		assertThat(register.holdings()).extracting(Holding::entityName, Holding::ownerName, Holding::sharePercent,
				Holding::asOf)
			.containsExactly(tuple("Alpha Ltd.", "Huawei Technologies Co. Ltd.", 60.0, LocalDate.of(2026, 10, 1)),
					tuple("Beta Ltd.", "Alpha Ltd.", 70.0, null));
	}

	@Test
	void aFileWithoutTheRequiredColumnsOrThatIsNoWorkbookFailsTheStartNamingIt() throws Exception {
		Path noOwner = Files.writeString(this.dir.resolve("a.csv"), "entity_name,share_percent\nAlpha Ltd.,60\n");
		Path notXlsx = Files.writeString(this.dir.resolve("b.xlsx"), "entity_name,owner_name\n");

		assertThatThrownBy(() -> this.reader.read(List.of(noOwner))).isInstanceOf(RegisterFileException.class)
			.hasMessage("ownership register a.csv: the header (row 1) lacks column owner_name (columns: entity_name, "
					+ "entity_country, owner_name, owner_country, share_percent, as_of, source)");
		assertThatThrownBy(() -> this.reader.read(List.of(notXlsx))).isInstanceOf(RegisterFileException.class)
			.hasMessageStartingWith("ownership register b.xlsx is not a readable .xlsx workbook");
		assertThatThrownBy(() -> this.reader.read(List.of(this.dir.resolve("typo.csv"))))
			.hasMessageEndingWith("typo.csv does not exist");
	}

	@Test
	void aFolderIsReadOneLevelDeepAndOnlyItsRegisters() throws Exception {
		Files.writeString(this.dir.resolve("rules.yml"), "rules: []\n");
		Files.writeString(this.dir.resolve("README.md"), "# notes\n");
		Files.writeString(this.dir.resolve("b.csv"), "entity_name,owner_name\nBeta Ltd.,Alpha Ltd.\n");
		Files.writeString(this.dir.resolve("a.csv"), "entity_name,owner_name\nAlpha Ltd.,Omega Ltd.\n");

		OwnershipRegister register = this.reader.read(List.of(this.dir));

		assertThat(register.files()).extracting(RegisterFile::file).containsExactly("a.csv", "b.csv");
		assertThat(register.holdings()).extracting(Holding::sharePercent).containsOnlyNulls();
	}

}
