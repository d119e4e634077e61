package io.shipscreen.screening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import io.shipscreen.policy.ItemClass;
import io.shipscreen.policy.ItemClassifier;
import io.shipscreen.policy.LicenceException;
import io.shipscreen.policy.Policy;
import io.shipscreen.policy.QuotaRules;
import io.shipscreen.policy.TermMatcher;
import io.shipscreen.shared.Severity;
import io.shipscreen.transaction.ExportTransaction;

/**
 * The quota rules of a tiered policy, for advanced-computing items to the "rest" tier (Tier 2):
 * licence exception LPP draws on the ultimate consignee's yearly TPP limit ({@code LPP-QUOTA});
 * a licensed shipment draws on the country's allocation ({@code TIER2-ALLOCATION}). Each hit
 * carries its charge and shows the running total and what remains. Only rows that draw touch
 * the database.
 */
@Component
public class QuotaCheck implements Check, AccumulatingCheck {

	private final ItemClassifier classifier;

	private final QuotaLedger ledger;

	public QuotaCheck(ItemClassifier classifier, QuotaLedger ledger) {
		this.classifier = classifier;
		this.ledger = ledger;
	}

	@Override
	public String name() {
		return "quota";
	}

	@Override
	public List<Hit> check(ExportTransaction tx, ScreeningContext context) {
		Policy policy = context.policy();
		QuotaRules quotas = policy.quotas();
		if (quotas.lpp() == null && quotas.countryAllocation() == null) {
			return List.of();
		}
		ItemClass item = this.classifier.classify(tx, policy);
		if (!policy.tiers().items().covers(item.eccn())) {
			return List.of();
		}
		TierAssessment assessment = TierAssessment.of(tx, policy);
		if (assessment == null || !assessment.tier().rest()) {
			return List.of();
		}
		String consignee = TermMatcher.normalise(tx.ultimateConsignee().name());
		String country = assessment.country(policy);
		if (quotas.validatedEndUser(consignee, tx.ultimateConsignee().country()) != null
				|| quotas.exemptingAgreement(country, consignee, tx.orderDate()) != null) {
			return List.of();
		}
		boolean licensed = !Texts.blank(tx.licenseNumber());
		if (!licensed && quotas.lpp() != null && claimsLpp(tx, policy, item)) {
			return List.of(lpp(tx, policy, quotas.lpp(), item));
		}
		if (licensed && quotas.countryAllocation() != null) {
			return allocation(tx, policy, quotas, country, item);
		}
		return List.of();
	}

	/**
	 * The consignee's LPP account for a row that names a licence exception, and the allocation of
	 * every country on a licensed row (which one draws is decided by the tier assessment, after).
	 */
	@Override
	public Collection<String> accounts(ExportTransaction tx, Policy policy) {
		QuotaRules quotas = policy.quotas();
		List<String> accounts = new ArrayList<>(2);
		if (quotas.lpp() != null && !Texts.blank(tx.licenseException())) {
			accounts.add("quota-lpp:" + account(tx));
		}
		if (quotas.countryAllocation() != null && !Texts.blank(tx.licenseNumber())) {
			for (PartyCountry country : PartyCountry.all(tx)) {
				accounts.add("quota-allocation:" + policy.groups().resolve(country.country()));
			}
		}
		return accounts;
	}

	private static boolean claimsLpp(ExportTransaction tx, Policy policy, ItemClass item) {
		if (Texts.blank(tx.licenseException())) {
			return false;
		}
		LicenceException exception = policy.licenceExceptions().get(tx.licenseException().strip().toUpperCase(Locale.ROOT));
		return exception != null && policy.quotas().lpp().ledger().equals(exception.quota())
				&& exception.coversItem(item.eccn(), item.dataCentre());
	}

	private Hit lpp(ExportTransaction tx, Policy policy, QuotaRules.Quota quota, ItemClass item) {
		BigDecimal amount = item.totalTpp(tx.quantity());
		String consignee = tx.ultimateConsignee().name() + " (" + tx.ultimateConsignee().country() + ")";
		String period = quota.period(tx.orderDate());
		if (amount == null) {
			return new Hit(quota.ruleId(), policy.id(), policy.version(), Severity.REVIEW, "tpp_per_unit",
					"no tpp_per_unit and no catalogue match",
					"Licence exception LPP is claimed but the TPP of the item is unknown, so its draw on " + consignee
							+ "'s limit of " + Texts.number(quota.limit()) + " TPP for " + period + " cannot be counted.",
					quota.citation());
		}
		String account = account(tx);
		QuotaCharge charge = new QuotaCharge(QuotaLimits.ledgerName(policy, quota), account, period, amount);
		Draw draw = draw(charge, tx, quota.limit());
		Severity severity = draw.severity(quota, Severity.valueOf(quota.overSeverity().name()));
		String reason = switch (severity) {
			case INFO -> "LPP: cumulative " + Texts.number(draw.cumulative()) + " TPP for " + consignee + " is within the LPP limit of "
					+ Texts.number(quota.limit()) + " for " + period + " (" + Texts.number(draw.remaining()) + " remain).";
			case REVIEW -> "LPP: cumulative " + Texts.number(draw.cumulative()) + " TPP for " + consignee + " is "
					+ draw.percent() + " % of the LPP limit of " + Texts.number(quota.limit()) + " for " + period
					+ ": only " + Texts.number(draw.remaining()) + " remain.";
			case HOLD -> "LPP: cumulative " + Texts.number(draw.cumulative()) + " TPP exceeds the LPP limit of "
					+ Texts.number(quota.limit()) + " for " + period + " for " + consignee
					+ ": this order needs a licence.";
		};
		return new Hit(quota.ruleId(), policy.id(), policy.version(), severity, "license_exception", draw.evidence(period),
				reason, quota.citation(), charge);
	}

	/** The consignee's LPP account: normalised name and country, within the column's 200 characters. */
	static String account(ExportTransaction tx) {
		String name = TermMatcher.normalise(tx.ultimateConsignee().name());
		String suffix = "|" + tx.ultimateConsignee().country();
		return ((name.length() + suffix.length() > 200) ? name.substring(0, 200 - suffix.length()) : name) + suffix;
	}

	private List<Hit> allocation(ExportTransaction tx, Policy policy, QuotaRules quotas, String country, ItemClass item) {
		QuotaRules.Quota quota = quotas.countryAllocation();
		String period = quota.period(tx.orderDate());
		BigDecimal amount = item.totalTpp(tx.quantity());
		if (period == null || amount == null) {
			return List.of();
		}
		BigDecimal limit = quotas.allocationFor(country, tx.orderDate());
		QuotaCharge charge = new QuotaCharge(QuotaLimits.ledgerName(policy, quota), country, period, amount);
		Draw draw = draw(charge, tx, limit);
		// A licence is on file: an exhausted allocation is for the reviewer to weigh, not a hold.
		Severity severity = draw.severity(quota, Severity.REVIEW);
		String raised = (limit.compareTo(quota.limit()) > 0) ? " (raised by agreement from " + Texts.number(quota.limit()) + ")" : "";
		String reason = switch (severity) {
			case INFO -> "Tier-2 allocation: cumulative " + Texts.number(draw.cumulative()) + " TPP licensed to "
					+ Texts.country(country) + " is within its allocation of " + Texts.number(limit) + raised + " for " + period + ".";
			case REVIEW -> "Tier-2 allocation: cumulative " + Texts.number(draw.cumulative()) + " TPP licensed to "
					+ Texts.country(country) + (draw.over() ? " exceeds" : " is " + draw.percent() + " % of")
					+ " its allocation of " + Texts.number(limit) + raised + " for " + period
					+ (draw.over() ? ": a policy of denial applies once it is spent; check the licence conditions." : ".");
			case HOLD -> throw new IllegalStateException("not reached");
		};
		return List.of(new Hit(quota.ruleId(), policy.id(), policy.version(), severity, "license_number",
				draw.evidence(period), reason, quota.citation(), charge));
	}

	private Draw draw(QuotaCharge charge, ExportTransaction tx, BigDecimal limit) {
		BigDecimal before = this.ledger.drawnBefore(charge, tx.orderDate(), tx.transactionId());
		return new Draw(before, charge.amount(), limit);
	}

	private record Draw(BigDecimal before, BigDecimal amount, BigDecimal limit) {

		BigDecimal cumulative() {
			return this.before.add(this.amount);
		}

		BigDecimal remaining() {
			return this.limit.subtract(cumulative()).max(BigDecimal.ZERO);
		}

		boolean over() {
			return cumulative().compareTo(this.limit) > 0;
		}

		long percent() {
			return cumulative().multiply(BigDecimal.valueOf(100)).divide(this.limit, 0, java.math.RoundingMode.DOWN).longValue();
		}

		Severity severity(QuotaRules.Quota quota, Severity whenOver) {
			if (over()) {
				return whenOver;
			}
			return (cumulative().compareTo(this.limit.multiply(quota.reviewAt())) >= 0) ? Severity.REVIEW : Severity.INFO;
		}

		String evidence(String period) {
			return "drawn before " + Texts.number(this.before) + " + this order " + Texts.number(this.amount)
					+ " = cumulative " + Texts.number(cumulative()) + " of " + Texts.number(this.limit) + " TPP (" + period
					+ "); remaining " + Texts.number(remaining())
					+ (over() ? " (over by " + Texts.number(cumulative().subtract(this.limit)) + ")" : "");
		}

	}

}
