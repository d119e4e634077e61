package io.shipscreen.licence;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The licences loaded for this process, by number, with the files they came from and the rows
 * that were refused.
 *
 * @param configured whether any register file was found: without one a licence number on file
 * clears a requirement as before, with one only a licence of the register does
 * @param locations the files or folders it was loaded from
 */
public record LicenceRegister(boolean configured, List<String> locations, Map<String, Licence> byNumber,
		List<RegisterFile> files, List<RegisterProblem> problems) {

	public LicenceRegister {
		locations = List.copyOf(locations);
		// in the register's order, the same in every JVM (a Map.copyOf's order is not)
		byNumber = Collections.unmodifiableMap(new LinkedHashMap<>(byNumber));
		files = List.copyOf(files);
		problems = List.copyOf(problems);
	}

	public static LicenceRegister none(List<String> locations) {
		return new LicenceRegister(false, locations, Map.of(), List.of(), List.of());
	}

	public Optional<Licence> find(String number) {
		return (number == null || number.isBlank()) ? Optional.empty()
				: Optional.ofNullable(this.byNumber.get(Licence.key(number)));
	}

	public Collection<Licence> licences() {
		return this.byNumber.values();
	}

}
