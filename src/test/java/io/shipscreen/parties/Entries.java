package io.shipscreen.parties;

import java.util.List;
import java.util.Set;

/** Small list entries for tests, written as the lists write them. */
final class Entries {

	private Entries() {
	}

	static final String HUAWEI_REQUIREMENT = "For all items subject to the EAR, see §§ 734.9(e) and 744.11 of the EAR";

	static ListEntry huawei() {
		return new ListEntry(SourceList.EL, "3225cb89eac6", "Huawei Technologies Co., Ltd.",
				List.of("Shenzhen Huawei Technologies", "Huawei Tech. Investment Co.", "HMN Technologies"),
				EntryType.ENTITY, List.of("Bantian Huawei Base, Longgang District, Shenzhen, 518129, CN"), Set.of("CN"),
				"84 FR 22964; 84 FR 43495", "2019-05-21", HUAWEI_REQUIREMENT, "Presumption of denial.", null,
				"entity-list-ai-extract.csv");
	}

	static ListEntry mikron() {
		return new ListEntry(SourceList.SDN, "35936", "JOINT STOCK COMPANY MIKRON", List.of("AO MIKRON"),
				EntryType.ENTITY, List.of(), Set.of("RU"), null, null, null, null, "RUSSIA-EO14024",
				"ofac_sdn_2024-05-03.csv");
	}

	static ListEntry atlas() {
		return new ListEntry(SourceList.UVL, "1b5979e8fd39", "Atlas Sanatgaran", List.of(), EntryType.UNKNOWN,
				List.of("Komitas 26/114, Yerevan, Armenia, AM"), Set.of("AM"), null, null, null, null, null,
				"csl_sample_2025-06.csv");
	}

	static ListEntry entity(SourceList list, String id, String name, String... aliases) {
		return new ListEntry(list, id, name, List.of(aliases), EntryType.ENTITY, List.of(), Set.of(), null, null, null,
				null, null, "test.csv");
	}

}
