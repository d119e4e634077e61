package io.shipscreen.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.shipscreen.parties.NameForm;
import io.shipscreen.parties.NameNormalizer;
import io.shipscreen.policy.Exemption;

/**
 * Tells whether a party is one of a destination rule's exempt consignees. Names are compared
 * the way party screening compares them: through the parties package's {@link NameNormalizer}
 * (scripts, accents, punctuation, initials and legal forms), so "G42 Ltd." is "G42". An exemption
 * clears a licence requirement, so it needs the same name, not a similar one; a subsidiary
 * exemption needs the firm's name inside the party's name (and, where the rule says so, the
 * parent's headquarters country on the row). Thread-safe.
 */
@Component
public class ExemptConsignees {

	private final NameNormalizer normalizer;

	/** Normalised readings of the exemption names (a few dozen), which every UAE row compares with. */
	private final Map<String, List<List<String>>> readings = new ConcurrentHashMap<>();

	public ExemptConsignees(NameNormalizer normalizer) {
		this.normalizer = normalizer;
	}

	/**
	 * What the exemptions say about one party on {@code date}.
	 *
	 * @param exemption the exemption that names the party (in force, or the nearest that is not)
	 * @param inForce true when it exempts the party on the date
	 * @param how how the name matched, for the evidence, e.g. {@code 'G42 Ltd' = 'G42'}
	 * @param missing why a matching name does not exempt (parent country not on the row ...), or null
	 */
	record Finding(Exemption exemption, boolean inForce, String how, String missing) {

		static final Finding NONE = new Finding(null, false, null, null);

		boolean exempt() {
			return this.exemption != null && this.inForce && this.missing == null;
		}

	}

	Finding find(List<Exemption> exemptions, String partyName, String parentCountry, LocalDate date) {
		if (exemptions.isEmpty() || Texts.blank(partyName)) {
			return Finding.NONE;
		}
		List<List<String>> party = tokens(partyName);
		Finding fallback = Finding.NONE;
		for (Exemption exemption : exemptions) {
			for (String name : exemption.names()) {
				Boolean subsidiary = compare(party, this.readings.computeIfAbsent(name, this::tokens),
						exemption.subsidiaries());
				if (subsidiary == null) {
					continue;
				}
				String how = "'" + partyName.strip() + "' " + (subsidiary ? "names a subsidiary of" : "=") + " '" + name + "'";
				String missing = null;
				if (subsidiary && exemption.parentCountry() != null
						&& !exemption.parentCountry().equals(parentCountry)) {
					missing = "its ultimate parent's headquarters country on the row is "
							+ (Texts.blank(parentCountry) ? "blank" : Texts.country(parentCountry)) + ", not "
							+ Texts.country(exemption.parentCountry());
				}
				Finding finding = new Finding(exemption, exemption.inForceOn(date), how, missing);
				if (finding.exempt()) {
					return finding;
				}
				if (fallback.exemption() == null) {
					fallback = finding;
				}
			}
		}
		return fallback;
	}

	/** False for the same name, true for a name that contains it (a subsidiary), null for neither. */
	private static Boolean compare(List<List<String>> party, List<List<String>> exempt, boolean subsidiaries) {
		for (List<String> exemptTokens : exempt) {
			if (exemptTokens.isEmpty()) {
				continue;
			}
			for (List<String> partyTokens : party) {
				if (partyTokens.equals(exemptTokens)) {
					return false;
				}
				if (subsidiaries && Collections.indexOfSubList(partyTokens, exemptTokens) >= 0) {
					return true;
				}
			}
		}
		return null;
	}

	/** The token lists of every reading of a name (more than one for some scripts). */
	private List<List<String>> tokens(String name) {
		List<List<String>> tokens = new ArrayList<>();
		for (NameForm form : this.normalizer.normalize(name).forms()) {
			tokens.add(form.tokens());
		}
		return List.copyOf(tokens);
	}

}
