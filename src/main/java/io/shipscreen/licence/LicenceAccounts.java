package io.shipscreen.licence;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import io.shipscreen.policy.Policy;
import io.shipscreen.screening.AccumulatingCheck;
import io.shipscreen.transaction.ExportTransaction;

/**
 * A licensed line draws on its licence, and what it may draw depends on the lines before it: a
 * partitioned night keeps every line of one licence in one partition (docs/scale-out.md).
 */
@Component
class LicenceAccounts implements AccumulatingCheck {

	private final LicenceRegister register;

	LicenceAccounts(LicenceRegister register) {
		this.register = register;
	}

	@Override
	public Collection<String> accounts(ExportTransaction tx, Policy policy) {
		if (!this.register.configured() || tx.licenseNumber() == null || tx.licenseNumber().isBlank()) {
			return List.of();
		}
		String written = tx.licenseNumber().strip();
		return List.of("licence:" + this.register.find(written).map(Licence::number).orElse(written));
	}

}
