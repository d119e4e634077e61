package io.shipscreen.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.shipscreen.parties.ClearedMatches;
import io.shipscreen.parties.Corroboration;
import io.shipscreen.parties.ListEntry;
import io.shipscreen.parties.NameMatch;
import io.shipscreen.parties.PartiesProperties;
import io.shipscreen.parties.PartyListSnapshot;
import io.shipscreen.parties.PartyMatcher;
import io.shipscreen.parties.SourceList;
import io.shipscreen.shared.Severity;
import io.shipscreen.transaction.ExportTransaction;
import io.shipscreen.transaction.Party;

import org.springframework.stereotype.Component;

/**
 * Screens every party of a row (purchaser, intermediate consignee, ultimate consignee, end
 * user) against the restricted-party lists. A strong match to a HOLD list (EL, DPL, SDN, FSE,
 * DTC, ISN, UN) holds the row; UVL/MEU matches and weaker fuzzy matches need review; a pair a
 * reviewer cleared shows as {@code PARTY-CLEARED} (INFO) until the list entry changes.
 * Thread-safe: the matcher and the good-guy list are.
 */
@Component
public class RestrictedPartyCheck implements Check {

	/** Hits for lists are not policy rules; they carry the list snapshot as their version. */
	public static final String POLICY_ID = "restricted-party-lists";

	public static final String CLEARED_RULE = "PARTY-CLEARED";

	private final PartyMatcher matcher;

	private final ClearedMatches cleared;

	private final PartiesProperties properties;

	private final String snapshotId;

	public RestrictedPartyCheck(PartyMatcher matcher, ClearedMatches cleared, PartiesProperties properties,
			PartyListSnapshot snapshot) {
		this.matcher = matcher;
		this.cleared = cleared;
		this.properties = properties;
		this.snapshotId = snapshot.id();
	}

	@Override
	public String name() {
		return "restricted-party";
	}

	@Override
	public List<Hit> check(ExportTransaction transaction, ScreeningContext context) {
		List<Hit> hits = new ArrayList<>();
		for (Party party : transaction.parties()) {
			hits.addAll(screen(party));
		}
		return hits;
	}

	/** The hits for one party, best match first (after corroboration by country and address). */
	public List<Hit> screen(Party party) {
		record Scored(NameMatch match, Corroboration.Adjusted adjusted) {
		}
		List<Scored> scored = new ArrayList<>();
		for (NameMatch match : this.matcher.match(party.name())) {
			Corroboration.Adjusted adjusted = Corroboration.adjust(match.score(), party.country(), party.address(),
					match.entry());
			if (adjusted.score() >= this.properties.reviewThreshold(match.entry().list())) {
				scored.add(new Scored(match, adjusted));
			}
		}
		scored.sort((a, b) -> Double.compare(b.adjusted().score(), a.adjusted().score()));
		List<Hit> hits = new ArrayList<>();
		for (Scored candidate : scored.subList(0, Math.min(scored.size(), this.properties.maxHitsPerParty()))) {
			hits.add(hit(party, candidate.match(), candidate.adjusted()));
		}
		return hits;
	}

	private Hit hit(Party party, NameMatch match, Corroboration.Adjusted adjusted) {
		ListEntry entry = match.entry();
		SourceList list = entry.list();
		String evidence = evidence(match, adjusted);
		ClearedMatches.Lookup lookup = this.cleared.lookup(party.name(), entry);
		String sentence = role(party) + " '" + party.name() + "' matches " + list.title() + " entry '" + entry.name()
				+ "'" + (match.alias() ? " (alias '" + match.asListed() + "')" : "") + ", score "
				+ score(adjusted.score());
		if (lookup instanceof ClearedMatches.Cleared) {
			String how = ClearedMatches.describe(lookup).orElseThrow();
			return new Hit(CLEARED_RULE, POLICY_ID, this.snapshotId, Severity.INFO, party.field(),
					evidence + "; " + how, sentence + "; not a match: " + how + ".", citation(entry));
		}
		Severity severity = (adjusted.score() >= this.properties.holdThreshold()) ? list.strongMatchSeverity()
				: Severity.REVIEW;
		String consequence = consequence(entry, severity);
		String reopened = ClearedMatches.describe(lookup).map((text) -> "; " + text).orElse("");
		return new Hit(list.ruleId(), POLICY_ID, this.snapshotId, severity, party.field(), evidence + reopened,
				sentence + "; " + consequence + ".", citation(entry));
	}

	private static String evidence(NameMatch match, Corroboration.Adjusted adjusted) {
		ListEntry entry = match.entry();
		StringBuilder out = new StringBuilder();
		out.append(entry.list().title()).append(" (").append(entry.list().name()).append(") entry '")
			.append(entry.name())
			.append("'");
		if (match.alias()) {
			out.append(", matched alias '").append(match.asListed()).append("'");
		}
		// The key and fingerprint are what a reviewer writes into cleared.csv.
		out.append("; id ").append(entry.key()).append(" (fingerprint ").append(entry.fingerprint()).append(')');
		if (entry.federalRegisterNotice() != null) {
			out.append("; FR ").append(entry.federalRegisterNotice());
		}
		if (entry.startDate() != null) {
			out.append("; listed ").append(entry.startDate());
		}
		if (entry.licenseRequirement() != null) {
			out.append("; licence requirement: ").append(entry.licenseRequirement());
		}
		if (entry.licensePolicy() != null) {
			out.append("; licence policy: ").append(entry.licensePolicy());
		}
		if (entry.programs() != null) {
			out.append("; programs ").append(entry.programs());
		}
		out.append("; score ").append(score(adjusted.score())).append(" (name ").append(score(match.score()));
		if (adjusted.note() != null) {
			out.append(", ").append(adjusted.note());
		}
		out.append("); tokens ").append(String.join(", ", match.matchedTokens()));
		out.append("; transliteration ").append((match.transliteration() != null) ? match.transliteration() : "none");
		out.append("; list file ").append(entry.file());
		return out.toString();
	}

	/** What the listing means for this shipment, in the words of the list. */
	private static String consequence(ListEntry entry, Severity severity) {
		String hold = (severity == Severity.HOLD) ? "hold" : "review before shipping";
		if (entry.licenseRequirement() != null) {
			String requirement = lowerFirst(stripDot(entry.licenseRequirement()));
			String policy = (entry.licensePolicy() != null) ? ", " + lowerFirst(stripDot(entry.licensePolicy())) : "";
			return "licence required " + requirement + policy;
		}
		return switch (entry.list()) {
			case SDN, FSE -> "OFAC prohibits dealings with listed persons (" + hold + ")";
			case UN -> "UN Security Council sanctions apply (" + hold + ")";
			case DPL -> "export privileges denied (" + hold + ")";
			case DTC -> "debarred from ITAR exports (" + hold + ")";
			case UVL -> "Unverified List: UVL statement required, no licence exceptions (" + hold + ")";
			default -> hold;
		};
	}

	private static String citation(ListEntry entry) {
		String citation = entry.list().citation();
		if (entry.federalRegisterNotice() != null) {
			citation += ", " + entry.federalRegisterNotice().split(";")[0].trim();
		}
		return citation;
	}

	private static String role(Party party) {
		return switch (party.role()) {
			case PURCHASER -> "Purchaser";
			case INTERMEDIATE_CONSIGNEE -> "Intermediate consignee";
			case ULTIMATE_CONSIGNEE -> "Ultimate consignee";
			case END_USER -> "End user";
		};
	}

	private static String score(double score) {
		return String.format(Locale.ROOT, "%.2f", score);
	}

	private static String stripDot(String text) {
		String trimmed = text.trim();
		return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

}
