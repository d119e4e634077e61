package io.shipscreen.parties;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code lists import}: a newer download replaces the old file; a malformed one never does. */
class ListInstallerTest {

	private static final String SDN_ROW = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";

	private final ListInstaller installer = new ListInstaller(new PartyListLoader());

	@TempDir
	Path temp;

	@Test
	void installsANewerSdnFileAndKeepsTheOldOneAside() throws IOException {
		Path lists = Files.createDirectories(this.temp.resolve("lists"));
		Files.writeString(lists.resolve("ofac_sdn_2024-05-03.csv"), SDN_ROW);
		Path download = Files.writeString(this.temp.resolve("sdn.csv"),
				SDN_ROW + "173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\u001a");

		ListInstaller.Installed installed = this.installer.install(download, lists);

		assertThat(installed.file().entries()).hasSize(2);
		assertThat(installed.replaced()).containsExactly(lists.resolve("ofac_sdn_2024-05-03.csv"));
		assertThat(lists.resolve("sdn.csv")).exists();
		assertThat(lists.resolve("ofac_sdn_2024-05-03.csv")).doesNotExist();
		assertThat(installed.backupFolder().resolve("ofac_sdn_2024-05-03.csv")).exists();
		assertThat(new PartyListLoader().load(List.of(lists)).entries()).hasSize(2);
	}

	@Test
	void refusesAMalformedDownloadAndKeepsTheGoodFile() throws IOException {
		Path lists = Files.createDirectories(this.temp.resolve("lists"));
		Path good = Files.writeString(lists.resolve("sdn.csv"), SDN_ROW);
		Path download = Files.writeString(this.temp.resolve("download.csv"), SDN_ROW + "173,\"ANGLO\"\r\n");

		assertThatThrownBy(() -> this.installer.install(download, lists)).isInstanceOf(ListFormatException.class)
			.hasMessage("download.csv line 2: expected 12 columns, found 2");
		assertThat(Files.readString(good)).isEqualTo(SDN_ROW);
		try (var files = Files.list(lists)) {
			assertThat(files).containsExactly(good);
		}
	}

	@Test
	void aFullCslDownloadSupersedesAnExtractOfTheListsItCovers() throws IOException {
		Path lists = Files.createDirectories(this.temp.resolve("lists"));
		String header = "source,name,alt_names,addresses\n";
		String el = "\"Entity List (EL) - Bureau of Industry and Security\",\"Huawei Technologies Co., Ltd.\",\"\",\"Shenzhen, CN\"\n";
		String uvl = "\"Unverified List (UVL) - Bureau of Industry and Security\",\"Atlas Sanatgaran\",\"\",\"Yerevan, AM\"\n";
		Files.writeString(lists.resolve("entity-list-extract.csv"), header + el);
		Files.writeString(lists.resolve("ofac_sdn.csv"), SDN_ROW);
		Path download = Files.writeString(this.temp.resolve("consolidated.csv"), header + el + uvl);

		ListInstaller.Installed installed = this.installer.install(download, lists);

		assertThat(installed.replaced()).containsExactly(lists.resolve("entity-list-extract.csv"));
		assertThat(lists.resolve("ofac_sdn.csv")).exists();
	}

}
