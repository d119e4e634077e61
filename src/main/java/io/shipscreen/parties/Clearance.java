package io.shipscreen.parties;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reviewer's documented "not a match" for one party name against one list entry.
 *
 * @param partyName the party name as written on the order
 * @param entryKey the list entry, e.g. {@code EL:3225cb89eac6} or {@code SDN:52291}
 * @param entryFingerprint the entry's content fingerprint when it was cleared; a different
 * fingerprint today means the entry changed and the clearance no longer applies
 * @param reviewer who decided
 * @param clearedOn when
 * @param note why (free text)
 */
public record Clearance(String partyName, String entryKey, String entryFingerprint, String reviewer,
		LocalDate clearedOn, String note) {

	public Clearance {
		Objects.requireNonNull(partyName, "partyName");
		Objects.requireNonNull(entryKey, "entryKey");
		Objects.requireNonNull(entryFingerprint, "entryFingerprint");
		Objects.requireNonNull(reviewer, "reviewer");
		Objects.requireNonNull(clearedOn, "clearedOn");
		note = (note != null) ? note : "";
	}

}
