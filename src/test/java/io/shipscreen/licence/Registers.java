package io.shipscreen.licence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.shipscreen.transaction.CountryCodes;

/** Register files for tests: the contract's header and the given rows. */
final class Registers {

	static final String HEADER = "license_number,valid_from,valid_to,eccns,countries,parties,max_quantity,max_value_usd";

	private Registers() {
	}

	static Path write(Path file, String... rows) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n");
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static LicenceRegister load(Path... files) {
		return new LicenceRegisterReader(CountryCodes.standard())
			.read(java.util.Arrays.stream(files).map(Path::toString).toList(), true);
	}

	static LicenceRegister of(Path dir, String... rows) {
		return load(write(dir.resolve("licences.csv"), rows));
	}

	static List<String> none() {
		return List.of();
	}

}
