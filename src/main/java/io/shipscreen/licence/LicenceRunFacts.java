package io.shipscreen.licence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.shipscreen.shared.RunFactsContributor;

/** What a run checked licences against: each register file with its licences, refused rows and hash. */
@Component
public class LicenceRunFacts implements RunFactsContributor {

	/** Refused rows listed in the facts; the log has every one. */
	private static final int MAX_PROBLEMS = 20;

	private final LicenceRegister register;

	public LicenceRunFacts(LicenceRegister register) {
		this.register = register;
	}

	@Override
	public Map<String, String> runFacts() {
		Map<String, String> facts = new LinkedHashMap<>();
		if (!this.register.configured()) {
			facts.put("Licence register", "none in " + String.join(", ", this.register.locations())
					+ ": a license_number on file clears a requirement without a register check");
			return facts;
		}
		facts.put("Licence register", this.register.byNumber().size() + " licences from "
				+ String.join(", ", this.register.locations()) + " (" + this.register.files().size() + " files, "
				+ this.register.problems().size() + " bad rows)");
		for (RegisterFile file : this.register.files()) {
			facts.put("Licence register " + file.file(),
					file.licences() + " licences, " + file.badRows() + " bad rows, sha256 " + file.sha256());
		}
		if (!this.register.problems().isEmpty()) {
			String listed = this.register.problems()
				.stream()
				.limit(MAX_PROBLEMS)
				.map(RegisterProblem::toString)
				.collect(Collectors.joining("; "));
			int more = this.register.problems().size() - MAX_PROBLEMS;
			facts.put("Licence register bad rows", listed + ((more > 0) ? "; ... and " + more + " more (see the log)" : ""));
		}
		return facts;
	}

}
