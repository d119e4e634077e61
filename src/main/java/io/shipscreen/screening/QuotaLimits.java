package io.shipscreen.screening;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

import io.shipscreen.policy.Policy;
import io.shipscreen.policy.PolicyCatalog;
import io.shipscreen.policy.QuotaRules;

/**
 * The limit of a ledger account, from the policy that owns the ledger. Ledgers are named
 * {@code <policy id>/<ledger>} (e.g. {@code ai-diffusion-2025/LPP}), so that what-if runs and
 * enforced policies never share a ledger.
 */
@Component
public class QuotaLimits {

	private final PolicyCatalog catalog;

	public QuotaLimits(PolicyCatalog catalog) {
		this.catalog = catalog;
	}

	static String ledgerName(Policy policy, QuotaRules.Quota quota) {
		return policy.id() + "/" + quota.ledger();
	}

	/** The limit, or null when the ledger's policy no longer defines it. */
	public BigDecimal limit(String ledger, String account) {
		int slash = ledger.indexOf('/');
		if (slash < 0) {
			return null;
		}
		Policy policy = this.catalog.byId(ledger.substring(0, slash)).orElse(null);
		if (policy == null) {
			return null;
		}
		String name = ledger.substring(slash + 1);
		QuotaRules quotas = policy.quotas();
		if (quotas.lpp() != null && quotas.lpp().ledger().equals(name)) {
			return quotas.lpp().limit();
		}
		if (quotas.countryAllocation() != null && quotas.countryAllocation().ledger().equals(name)) {
			return quotas.allocationFor(account, null);
		}
		return null;
	}

}
