package io.shipscreen.screening;

import io.shipscreen.shared.Severity;

/**
 * A licence requirement a check found, before licences and exceptions on the row are weighed.
 *
 * @param severity the severity when nothing on the row covers it
 * @param reason the sentence that states the requirement, e.g. "A licence is required for
 * 3A090.a items to Country Group D:5 (China (CN))"
 * @param note a licence review policy note told after the decision, or null
 */
record Requirement(String ruleId, Severity severity, String field, String evidence, String reason, String citation,
		String note) {

	Requirement(String ruleId, Severity severity, String field, String evidence, String reason, String citation) {
		this(ruleId, severity, field, evidence, reason, citation, null);
	}

	/** The reason, the sentence's end, and the note if any. */
	String reason(String end) {
		return this.reason + end + ((this.note != null) ? " Note: " + this.note + "." : "");
	}

}
