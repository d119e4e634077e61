package io.shipscreen.parties;

import java.util.Locale;

import io.shipscreen.shared.Severity;

/**
 * The restricted-party lists we know, with the rule id, citation and the severity of a strong
 * match (BRIEF §8: EL, DPL, SDN, FSE, DTC, ISN and UN hold; UVL and MEU need review).
 */
public enum SourceList {

	EL("Entity List", "15 CFR 744 Supp. 4 (Entity List)", Severity.HOLD),
	DPL("Denied Persons List", "15 CFR 764 Supp. 2 (Denied Persons List)", Severity.HOLD),
	UVL("Unverified List", "15 CFR 744 Supp. 6 (Unverified List)", Severity.REVIEW),
	MEU("Military End-User List", "15 CFR 744 Supp. 7 (Military End-User List)", Severity.REVIEW),
	DTC("ITAR Debarred List", "22 CFR 127.7 (AECA/ITAR debarred parties)", Severity.HOLD),
	ISN("Nonproliferation Sanctions", "State Dept. ISN nonproliferation sanctions", Severity.HOLD),
	SDN("OFAC SDN List", "31 CFR Chapter V (OFAC Specially Designated Nationals)", Severity.HOLD),
	FSE("Foreign Sanctions Evaders List", "31 CFR 515 / EO 13608 (OFAC FSE List)", Severity.HOLD),
	SSI("Sectoral Sanctions Identifications List", "EO 13662 (OFAC SSI List)", Severity.REVIEW),
	CAP("CAPTA List", "31 CFR 561 (OFAC CAPTA List)", Severity.REVIEW),
	CMIC("NS-CMIC List", "EO 13959 (OFAC NS-CMIC List)", Severity.REVIEW),
	MBS("NS-MBS List", "OFAC Non-SDN Menu-Based Sanctions List", Severity.REVIEW),
	PLC("NS-PLC List", "OFAC Palestinian Legislative Council List", Severity.REVIEW),
	UN("UN Security Council Consolidated List", "UN Security Council Consolidated Sanctions List", Severity.HOLD),
	OTHER("Other list", "Consolidated Screening List", Severity.REVIEW);

	private final String title;

	private final String citation;

	private final Severity strongMatchSeverity;

	SourceList(String title, String citation, Severity strongMatchSeverity) {
		this.title = title;
		this.citation = citation;
		this.strongMatchSeverity = strongMatchSeverity;
	}

	public String title() {
		return this.title;
	}

	public String citation() {
		return this.citation;
	}

	/** The severity of a match at or above the hold threshold. */
	public Severity strongMatchSeverity() {
		return this.strongMatchSeverity;
	}

	/** The hit rule id, e.g. {@code PARTY-EL}. */
	public String ruleId() {
		return "PARTY-" + name();
	}

	/**
	 * The list named by a CSL {@code source} value such as "Entity List (EL) - Bureau of Industry
	 * and Security": the code in parentheses, else the start of the text.
	 */
	public static SourceList fromCslSource(String source) {
		String text = (source != null) ? source.trim() : "";
		int open = text.indexOf('(');
		int close = text.indexOf(')', open + 1);
		if (open >= 0 && close > open) {
			SourceList code = byCode(text.substring(open + 1, close));
			if (code != OTHER) {
				return code;
			}
		}
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.startsWith("entity list")) {
			return EL;
		}
		if (lower.startsWith("denied persons")) {
			return DPL;
		}
		if (lower.startsWith("unverified")) {
			return UVL;
		}
		if (lower.startsWith("military end")) {
			return MEU;
		}
		if (lower.startsWith("specially designated")) {
			return SDN;
		}
		return byCode(text);
	}

	/** The list with this code (case-insensitive), or {@link #OTHER}. */
	public static SourceList byCode(String code) {
		String upper = code.trim().toUpperCase(Locale.ROOT);
		for (SourceList list : values()) {
			if (list.name().equals(upper)) {
				return list;
			}
		}
		return OTHER;
	}

}
