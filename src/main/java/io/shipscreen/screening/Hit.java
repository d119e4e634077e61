package io.shipscreen.screening;

import java.util.Objects;

import io.shipscreen.shared.Severity;

/**
 * One reason a transaction was flagged (or, at {@link Severity#INFO}, a fact recorded for the
 * audit trail).
 *
 * @param ruleId stable upper-case id, e.g. {@code DEST-D5}, {@code PARTY-EL}
 * @param policyId the policy whose rule fired, or {@code null} for list hits
 * @param policyVersion that policy's version
 * @param severity how serious it is
 * @param field the party or input field it concerns, e.g. {@code ultimate_consignee_country}
 * @param evidence what was matched, with its numbers (list entry, score, totals)
 * @param reason one plain-English sentence a reviewer can act on without looking anything up
 * @param citation the regulation or list the rule rests on (FR/CFR section, list name)
 * @param charge the quota this hit draws, or {@code null}
 */
public record Hit(String ruleId, String policyId, String policyVersion, Severity severity, String field,
		String evidence, String reason, String citation, QuotaCharge charge) {

	public Hit {
		Objects.requireNonNull(ruleId, "ruleId");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(reason, "reason");
	}

	/** A hit that draws on no quota. */
	public Hit(String ruleId, String policyId, String policyVersion, Severity severity, String field,
			String evidence, String reason, String citation) {
		this(ruleId, policyId, policyVersion, severity, field, evidence, reason, citation, null);
	}

}
