package io.shipscreen.licence;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.shipscreen.review.AuditSection;

/** {@code audit TRANSACTION_ID}: what the transaction drew on its licence, and what was used before it. */
@Component
public class LicenceAudit implements AuditSection {

	private final LicenceLedger ledger;

	private final LicenceRegister register;

	public LicenceAudit(LicenceLedger ledger, LicenceRegister register) {
		this.ledger = ledger;
		this.register = register;
	}

	@Override
	public List<String> lines(String transactionId) {
		List<LicenceDraw> draws = this.ledger.drawsOf(transactionId);
		if (draws.isEmpty()) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		lines.add("Licence draws of " + transactionId + " (ledger order: order date, then transaction id):");
		for (LicenceDraw draw : draws) {
			Licence licence = this.register.find(draw.licence()).orElse(null);
			lines.add("  licence " + draw.licence() + ": this line " + Numbers.units(draw.drawn().quantity()) + " units, "
					+ Numbers.usd(draw.drawn().valueUsd()) + " USD (ordered " + draw.orderDate() + ", run "
					+ draw.runId() + "); used before it " + Numbers.units(draw.before().quantity()) + " units, "
					+ Numbers.usd(draw.before().valueUsd()) + " USD" + limits(licence));
		}
		return lines;
	}

	private static String limits(Licence licence) {
		if (licence == null) {
			return "; no longer in the register";
		}
		return "; limits " + ((licence.maxQuantity() != null) ? Numbers.units(licence.maxQuantity()) + " units" : "no unit limit")
				+ ", " + ((licence.maxValueUsd() != null) ? Numbers.usd(licence.maxValueUsd()) + " USD" : "no value limit")
				+ ", valid " + licence.validFrom() + " to " + licence.validTo() + " (" + licence.where() + ")";
	}

}
