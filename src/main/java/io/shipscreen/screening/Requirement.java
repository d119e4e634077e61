package io.shipscreen.screening;

/**
 * A licence requirement a check found, before licences and exceptions on the row are weighed.
 *
 * @param severity the severity when nothing on the row covers it
 * @param reason the sentence that states the requirement, e.g. "A licence is required for
 * 3A090.a items to Country Group D:5 (China (CN))"
 */
record Requirement(String ruleId, Severity severity, String field, String evidence, String reason, String citation) {
}
