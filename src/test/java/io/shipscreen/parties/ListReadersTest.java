package io.shipscreen.parties;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each list format read from the publishers' real files, and malformed files refused with file/line/reason. */
class ListReadersTest {

	private static final Path LISTS = Path.of("config/lists");

	private final PartyListLoader loader = new PartyListLoader();

	@TempDir
	Path temp;

	@Test
	void readsTheOfacSdnFileWithItsRemarkAliasesAndEndOfFileMark() {
		LoadedListFile sdn = this.loader.validate(LISTS.resolve("ofac_sdn_2024-05-03.csv"));

		assertThat(sdn.format()).isEqualTo(ListFormat.OFAC_SDN);
		assertThat(sdn.snapshotDate()).isEqualTo("2024-05-03");
		assertThat(sdn.entries()).hasSize(14_965);
		assertThat(sdn.aliasCount()).isEqualTo(3_646);
		Map<EntryType, Long> types = sdn.entries().stream()
			.collect(Collectors.groupingBy(ListEntry::type, Collectors.counting()));
		assertThat(types).containsEntry(EntryType.INDIVIDUAL, 6_854L)
			.containsEntry(EntryType.VESSEL, 851L)
			.containsEntry(EntryType.AIRCRAFT, 376L)
			.containsEntry(EntryType.ENTITY, 6_884L);
		ListEntry bnc = byKey(sdn.entries()).get("SDN:306");
		assertThat(bnc.name()).isEqualTo("BANCO NACIONAL DE CUBA");
		assertThat(bnc.aliases()).containsExactly("BNC");
		assertThat(bnc.programs()).isEqualTo("CUBA");
		ListEntry aerocaribbean = byKey(sdn.entries()).get("SDN:36");
		assertThat(aerocaribbean.aliases()).isEmpty();
		assertThat(aerocaribbean.licenseRequirement()).isNull();
	}

	@Test
	void joinsOfacAltAndAddFilesToTheSdnFileInTheSameFolder() throws IOException {
		write("sdn.csv", "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\u001a");
		write("alt.csv", "306,201,\"aka\",\"NATIONAL BANK OF CUBA\",-0- \r\n");
		write("add.csv", "306,199,\"Dai-Ichi Bldg. 6th Floor, 10-2 Nihombashi\",\"Tokyo 103\",\"Japan\",-0- \r\n");

		PartyListSnapshot snapshot = this.loader.load(List.of(this.temp));

		assertThat(snapshot.files()).extracting(LoadedListFile::format)
			.containsExactlyInAnyOrder(ListFormat.OFAC_SDN, ListFormat.OFAC_ALT, ListFormat.OFAC_ADD);
		ListEntry bank = snapshot.entries().get(0);
		assertThat(bank.aliases()).containsExactly("NATIONAL BANK OF CUBA");
		assertThat(bank.addresses()).containsExactly("Dai-Ichi Bldg. 6th Floor, 10-2 Nihombashi, Tokyo 103, Japan");
		assertThat(bank.countries()).containsExactly("JP");
	}

	@Test
	void readsTheUnConsolidatedListWithAliasesAndOriginalScriptNames() {
		LoadedListFile un = this.loader.validate(LISTS.resolve("un_consolidated_2026-02-27.xml"));

		assertThat(un.format()).isEqualTo(ListFormat.UN_XML);
		assertThat(un.snapshotDate()).isEqualTo("2026-02-27");
		assertThat(un.entries()).filteredOn((e) -> e.type() == EntryType.INDIVIDUAL).hasSize(730);
		assertThat(un.entries()).filteredOn((e) -> e.type() == EntryType.ENTITY).hasSize(273);
		assertThat(un.aliasCount()).isEqualTo(3_118);
		ListEntry badege = byKey(un.entries()).get("UN:CDi.001");
		assertThat(badege.name()).isEqualTo("ERIC BADEGE");
		assertThat(badege.countries()).containsExactlyInAnyOrder("CD", "RW");
		ListEntry kakolele = byKey(un.entries()).get("UN:CDi.002");
		assertThat(kakolele.aliases()).contains("FRANK KAKORERE", "AIGLE BLANC");
	}

	@Test
	void readsTheCurrentCslCsvWithEveryKindOfSourceList() {
		LoadedListFile csl = this.loader.validate(LISTS.resolve("csl_sample_2025-06.csv"));

		assertThat(csl.format()).isEqualTo(ListFormat.CSL_CSV);
		assertThat(csl.entries()).hasSize(13);
		assertThat(csl.aliasCount()).isEqualTo(15);
		assertThat(csl.sources()).contains(SourceList.EL, SourceList.DPL, SourceList.UVL, SourceList.MEU,
				SourceList.DTC, SourceList.ISN, SourceList.SDN, SourceList.FSE, SourceList.SSI, SourceList.PLC);
		ListEntry cetc = csl.entries().stream().filter((e) -> e.list() == SourceList.EL).findFirst().orElseThrow();
		assertThat(cetc.name()).startsWith("China Electronics Technology Group Corporation 13th Research Institute");
		assertThat(cetc.federalRegisterNotice()).contains("87 FR 77505");
		assertThat(cetc.countries()).containsExactly("CN");
		ListEntry atlas = csl.entries().stream().filter((e) -> e.list() == SourceList.UVL).findFirst().orElseThrow();
		assertThat(atlas.name()).isEqualTo("Atlas Sanatgaran");
		assertThat(atlas.countries()).containsExactly("AM");
	}

	@Test
	void readsTheOlderCslCsvWithoutAnIdColumn() {
		LoadedListFile legacy = this.loader.validate(Path.of("src/test/resources/parties/csl_sample_legacy_2019.csv"));

		assertThat(legacy.entries()).hasSize(115);
		Map<SourceList, Long> bySource = legacy.entries().stream()
			.collect(Collectors.groupingBy(ListEntry::list, Collectors.counting()));
		assertThat(bySource).containsEntry(SourceList.SDN, 28L)
			.containsEntry(SourceList.SSI, 26L)
			.containsEntry(SourceList.EL, 22L)
			.containsEntry(SourceList.PLC, 13L)
			.containsEntry(SourceList.DTC, 10L)
			.containsEntry(SourceList.DPL, 8L)
			.containsEntry(SourceList.UVL, 4L)
			.containsEntry(SourceList.ISN, 3L)
			.containsEntry(SourceList.CAP, 1L);
	}

	@Test
	void readsTheEntityListExtractWithLicenceRequirementAndPolicy() {
		LoadedListFile extract = this.loader.validate(LISTS.resolve("entity-list-ai-extract.csv"));

		assertThat(extract.entries()).hasSize(71);
		assertThat(extract.sources()).containsExactly(SourceList.EL);
		ListEntry huawei = extract.entries().get(0);
		assertThat(huawei.name()).isEqualTo("Huawei Technologies Co., Ltd.");
		assertThat(huawei.aliases()).hasSize(30).contains("Huawei Tech. Investment Co.");
		assertThat(huawei.licenseRequirement()).startsWith("For all items subject to the EAR");
		assertThat(huawei.licensePolicy()).isEqualTo("Presumption of denial.");
		assertThat(huawei.federalRegisterNotice()).startsWith("84 FR 22964");
		assertThat(huawei.countries()).containsExactly("CN");
		assertThat(extract.snapshotDate()).startsWith("after 2025-");
	}

	@Test
	void readsCslJsonInTheTradeGovApiShape() throws IOException {
		Path json = write("csl.json", """
				{"total": 2, "sources_used": [],
				 "results": [
				  {"id": "e1", "name": "Huawei Cloud Berlin", "alt_names": ["Huawei Cloud Germany"],
				   "source": "Entity List (EL) - Bureau of Industry and Security",
				   "addresses": [{"address": "", "city": "Berlin", "state": null, "postal_code": "", "country": "DE"}],
				   "federal_register_notice": "85 FR 51603", "start_date": "2020-08-20",
				   "license_requirement": "For all items subject to the EAR.",
				   "license_policy": "Presumption of denial.", "programs": []},
				  {"entity_number": "52291", "name": "RIM, Ryong Nam", "alt_names": [],
				   "source": "Specially Designated Nationals (SDN) - Treasury Department", "type": "Individual",
				   "addresses": [{"city": "Pyongyang", "country": "KP"}], "programs": ["NPWMD"],
				   "nationalities": ["KP"]}
				 ]}
				""");

		LoadedListFile csl = this.loader.validate(json);

		assertThat(csl.format()).isEqualTo(ListFormat.CSL_JSON);
		assertThat(csl.entries()).hasSize(2);
		ListEntry berlin = csl.entries().get(0);
		assertThat(berlin.key()).isEqualTo("EL:e1");
		assertThat(berlin.aliases()).containsExactly("Huawei Cloud Germany");
		assertThat(berlin.addresses()).containsExactly("Berlin, DE");
		assertThat(berlin.countries()).containsExactly("DE");
		assertThat(berlin.licensePolicy()).isEqualTo("Presumption of denial.");
		ListEntry rim = csl.entries().get(1);
		assertThat(rim.key()).isEqualTo("SDN:52291");
		assertThat(rim.type()).isEqualTo(EntryType.INDIVIDUAL);
		assertThat(rim.programs()).isEqualTo("NPWMD");
	}

	@Test
	void refusesAnSdnFileWithABrokenRowNamingFileAndLine() throws IOException {
		Path sdn = write("sdn.csv", "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
				+ "173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- \r\n");

		assertThatThrownBy(() -> this.loader.load(List.of(sdn))).isInstanceOf(ListFormatException.class)
			.hasMessage("sdn.csv line 2: expected 12 columns, found 3");
	}

	@Test
	void refusesMalformedXmlJsonAndUnknownFilesNamingFileAndLine() throws IOException {
		Path xml = write("un.xml", "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL>\n</INDIVIDUALS>\n");
		Path json = write("csl.json", "{\"results\": [\n {\"name\": \"A\"},\n {\"name\": \n");
		Path other = write("notes.csv", "hello,world\n");

		assertThatThrownBy(() -> this.loader.validate(xml)).hasMessageStartingWith("un.xml line 5: malformed XML");
		assertThatThrownBy(() -> this.loader.validate(json)).hasMessageStartingWith("csl.json line 4: malformed JSON");
		assertThatThrownBy(() -> this.loader.validate(other))
			.hasMessageStartingWith("notes.csv line 1: not a recognised list format");
	}

	@Test
	void refusesACslRowWithoutAName() throws IOException {
		Path csv = write("consolidated.csv", "source,name,alt_names,addresses\n"
				+ "\"Entity List (EL) - Bureau of Industry and Security\",\"Huawei\",\"\",\"\"\n"
				+ "\"Entity List (EL) - Bureau of Industry and Security\",\"\",\"\",\"\"\n");

		assertThatThrownBy(() -> this.loader.validate(csv)).hasMessage("consolidated.csv line 3: empty name");
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.temp.resolve(name), content, StandardCharsets.UTF_8);
	}

	private static Map<String, ListEntry> byKey(List<ListEntry> entries) {
		return entries.stream().collect(Collectors.toMap(ListEntry::key, Function.identity(), (a, b) -> a));
	}

}
