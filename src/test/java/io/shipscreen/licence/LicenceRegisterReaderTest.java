package io.shipscreen.licence;

import java.io.OutputStream;
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

import io.shipscreen.transaction.CountryCodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Register files: every good row kept, every bad one reported with file, row, column and reason. */
class LicenceRegisterReaderTest {

	@TempDir
	Path dir;

	@Test
	void badRowsAreReportedWithFileRowAndReasonAndTheGoodOnesKept() {
		Path file = Registers.write(this.dir.resolve("register.csv"),
				"D1,2026-01-01,2026-12-31,3A090;4A090.a,China;HK,\"Acme Ltd; Acme Cloud Ltd\",1000,\"2,500,000\"",
				"D2,2026-01-01,2026-12-31,3A090,Atlantis,,,", "D3,2026-12-31,2026-01-01,3A090,CN,,,",
				"D4,2026-01-01,2026-12-31,3A9,CN,,,", ",2026-01-01,2026-12-31,3A090,CN,,,",
				"D5,2026-01-01,2026-12-31,3A090,CN,,-5,", "d1,2026-01-01,2026-12-31,3A090,CN,,,",
				"D6,2026-01-01,2026-12-31,3A090,CN,,,ten");
		LicenceRegister register = Registers.load(file);
		assertThat(register.configured()).isTrue();
		assertThat(register.byNumber()).containsOnlyKeys("D1");
		Licence d1 = register.find(" d1 ").orElseThrow();
		assertThat(d1.countries()).containsExactlyInAnyOrder("CN", "HK");
		assertThat(d1.eccns()).containsExactly("3A090", "4A090.A");
		assertThat(d1.parties()).containsExactly("Acme Ltd", "Acme Cloud Ltd");
		assertThat(d1.maxValueUsd()).isEqualByComparingTo("2500000");
		String name = file.toString();
		assertThat(register.problems()).extracting(RegisterProblem::toString)
			.containsExactly(name + " row 3 column countries: 'Atlantis' is not an ISO country code or English country name",
					name + " row 4 column valid_to: valid_to 2026-01-01 is before valid_from 2026-12-31",
					name + " row 5 column eccns: '3A9' is not an ECCN such as 3A090 or 4A090.a",
					name + " row 6 column license_number: missing license_number",
					name + " row 7 column max_quantity: '-5' is not a whole number above 0",
					name + " row 8 column license_number: duplicate license_number d1: already read from " + name + " row 2",
					name + " row 9 column max_value_usd: 'ten' is not a number (USD)");
		assertThat(register.files()).singleElement().satisfies((f) -> {
			assertThat(f.licences()).isEqualTo(1);
			assertThat(f.badRows()).isEqualTo(7);
			assertThat(f.sha256()).hasSize(64);
		});
	}

	@Test
	void aWorkbookWithDateCellsAndOtherHeaderSpellingsIsRead() throws Exception {
		Path file = this.dir.resolve("register.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Licences");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			Row header = sheet.createRow(0);
			List<String> headers = List.of("License Number", "Valid From", "Valid-To", "ECCNs", "Countries", "Max Quantity");
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("D777");
			row.createCell(1).setCellValue(LocalDate.of(2026, 1, 1));
			row.getCell(1).setCellStyle(date);
			row.createCell(2).setCellValue(LocalDate.of(2026, 12, 31));
			row.getCell(2).setCellStyle(date);
			row.createCell(3).setCellValue("3A090");
			row.createCell(4).setCellValue("SG");
			row.createCell(5).setCellValue(250);
			workbook.write(out);
		}
		LicenceRegister register = Registers.load(file);
		assertThat(register.problems()).isEmpty();
		Licence licence = register.find("D777").orElseThrow();
		assertThat(licence.validTo()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(licence.maxQuantity()).isEqualTo(250);
		assertThat(licence.parties()).isEmpty();
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsReportedAndTheNightGoesOn() throws Exception {
		Path file = Files.writeString(this.dir.resolve("export.csv"), "licence,expiry\nD1,2026-12-31\n");
		LicenceRegister register = Registers.load(file);
		assertThat(register.configured()).isTrue();
		assertThat(register.byNumber()).isEmpty();
		assertThat(register.problems()).singleElement()
			.asString()
			.startsWith(file + " row 1: the header lacks required column(s) license_number, valid_from, valid_to");
	}

	@Test
	void aMissingDefaultFolderMeansNoRegisterButAMissingNamedFileIsAnError() {
		String missing = this.dir.resolve("none").toString();
		LicenceRegisterReader reader = new LicenceRegisterReader(CountryCodes.standard());
		assertThat(reader.read(List.of(missing), false).configured()).isFalse();
		assertThatThrownBy(() -> reader.read(List.of(missing), true)).hasMessage("licence register " + missing + " does not exist");
	}

	@Test
	void theSampleRegisterMatchesTheSampleRowsWithALicenceNumber() {
		LicenceRegister register = new LicenceRegisterReader(CountryCodes.standard()).read(List.of("config/licences"), false);
		assertThat(register.problems()).isEmpty();
		assertThat(register.find("D1234567")).get().satisfies((licence) -> {
			assertThat(licence.parties()).containsExactly("Tsinghua Research Computing Center");
			assertThat(licence.coversEccn("3A090.a")).isTrue();
		});
		assertThat(register.byNumber()).hasSize(13);
	}

}
