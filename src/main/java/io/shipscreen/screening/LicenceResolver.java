package io.shipscreen.screening;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.shipscreen.policy.ItemClass;
import io.shipscreen.policy.LicenceException;
import io.shipscreen.policy.Policy;
import io.shipscreen.shared.Severity;
import io.shipscreen.transaction.ExportTransaction;

/**
 * Weighs a licence requirement against the row's {@code license_number} and
 * {@code license_exception}: a recorded licence clears it (an INFO hit says so) when no licence
 * register is configured, and, with one, only when the register says the licence covers the
 * line and has room for it (otherwise the requirement stands, with the failed condition); an
 * exception clears it only where the policy says it covers that requirement and item; otherwise
 * the requirement stands, with the reason the claimed exception does not help.
 */
@Component
public class LicenceResolver {

	public static final String LICENCE_ON_FILE = "LICENCE-ON-FILE";

	public static final String LICENCE_EXCEPTION = "LICENCE-EXCEPTION";

	private final LicenceVerification register;

	/** No licence register: a licence number on file clears a requirement. */
	public LicenceResolver() {
		this.register = null;
	}

	@Autowired
	public LicenceResolver(ObjectProvider<LicenceVerification> register) {
		this(register.getIfAvailable());
	}

	/** Checks licence numbers against {@code register} when it is configured. */
	public LicenceResolver(LicenceVerification register) {
		this.register = (register != null && register.configured()) ? register : null;
	}

	List<Hit> resolve(Requirement requirement, ExportTransaction tx, Policy policy, ItemClass item) {
		if (!Texts.blank(tx.licenseNumber()) && this.register != null) {
			return List.of(registered(requirement, tx, policy, item));
		}
		if (!Texts.blank(tx.licenseNumber())) {
			return List.of(new Hit(LICENCE_ON_FILE, policy.id(), policy.version(), Severity.INFO, "license_number",
					"licence " + tx.licenseNumber().strip() + " clears " + requirement.ruleId() + "; "
							+ requirement.evidence(),
					requirement.reason("; licence " + tx.licenseNumber().strip()
							+ " is on file (confirm it covers this item, quantity and parties)."),
					requirement.citation()));
		}
		if (Texts.blank(tx.licenseException())) {
			return List.of(hit(requirement, policy, requirement.reason("; no licence is recorded.")));
		}
		String code = tx.licenseException().strip().toUpperCase(Locale.ROOT);
		LicenceException exception = policy.licenceExceptions().get(code);
		if (exception == null) {
			return List.of(hit(requirement, policy, requirement.reason("; no licence is recorded and licence exception "
					+ code + " is not one this policy knows.")));
		}
		if (!exception.existsOn(tx.orderDate())) {
			return List.of(hit(requirement, policy, requirement.reason("; no licence is recorded and licence exception "
					+ code + " only exists from " + exception.from() + ".")));
		}
		if (!exception.covers().contains(requirement.ruleId())) {
			return List.of(hit(requirement, policy, requirement.reason("; no licence is recorded and licence exception "
					+ code + " does not cover " + requirement.ruleId() + ".")));
		}
		if (!exception.coversItem(item.eccn(), item.dataCentre())) {
			return List.of(hit(requirement, policy,
					requirement.reason("; no licence is recorded and licence exception " + code + " is only for "
							+ exception.items() + ", not " + item.eccn()
							+ (item.dataCentre() ? " (data-centre item)" : " (item not for data centres)") + ".")));
		}
		if (exception.quota() != null) {
			// Drawing on a quota: QuotaCheck reports the draw and its running total.
			return List.of();
		}
		Severity severity = exception.notification() ? Severity.REVIEW : Severity.INFO;
		String reason = exception.notification()
				? requirement.reason("; licence exception " + code + " (" + exception.title()
						+ ") is claimed: confirm BIS was notified and did not object before shipping.")
				: requirement.reason("; licence exception " + code + " (" + exception.title() + ") covers it.");
		return List.of(new Hit(LICENCE_EXCEPTION, policy.id(), policy.version(), severity, "license_exception",
				code + " clears " + requirement.ruleId() + "; " + requirement.evidence(), reason, exception.citation()));
	}

	/** The register's word: the licence clears the requirement (INFO, REVIEW when nearly used up), or it stands. */
	private Hit registered(Requirement requirement, ExportTransaction tx, Policy policy, ItemClass item) {
		LicenceVerdict verdict = this.register.verify(tx, item.eccn());
		String licence = tx.licenseNumber().strip();
		if (!verdict.clears()) {
			return new Hit(requirement.ruleId(), policy.id(), policy.version(), requirement.severity(),
					requirement.field(), requirement.evidence() + "; licence " + licence + ": " + verdict.evidence(),
					requirement.reason("; licence " + licence + " does not clear it: " + verdict.explanation() + "."),
					requirement.citation());
		}
		return new Hit(LICENCE_ON_FILE, policy.id(), policy.version(),
				verdict.nearlyUsed() ? Severity.REVIEW : Severity.INFO, "license_number",
				"licence " + licence + " clears " + requirement.ruleId() + "; " + verdict.evidence() + "; "
						+ requirement.evidence(),
				requirement.reason("; licence " + licence + " in the licence register covers it: "
						+ verdict.explanation() + "."),
				requirement.citation());
	}

	private static Hit hit(Requirement requirement, Policy policy, String reason) {
		return new Hit(requirement.ruleId(), policy.id(), policy.version(), requirement.severity(), requirement.field(),
				requirement.evidence(), reason, requirement.citation());
	}

}
