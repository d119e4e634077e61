package io.shipscreen.licence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.shipscreen.parties.NormalizedName;
import io.shipscreen.screening.LicenceVerdict;
import io.shipscreen.screening.LicenceVerification;
import io.shipscreen.transaction.ExportTransaction;
import io.shipscreen.transaction.Party;

/**
 * Checks a row's licence against the register, in the order a licensing officer would: on the
 * register, valid on the order date, the item's ECCN, the destination (the ultimate consignee's
 * country), the parties (the ultimate consignee and, where the row names another, the end user),
 * then room left for this line's units and value after the lines ordered before it. Only a line
 * the licence covers draws on it.
 */
public class LicenceVerifier implements LicenceVerification {

	private final LicenceRegister register;

	private final LicenceLedger ledger;

	private final PartyNames names;

	private final BigDecimal reviewAt;

	/** The licences' party names, prepared once. */
	private final Map<String, List<NormalizedName>> parties = new ConcurrentHashMap<>();

	public LicenceVerifier(LicenceRegister register, LicenceLedger ledger, PartyNames names, BigDecimal reviewAt) {
		this.register = register;
		this.ledger = ledger;
		this.names = names;
		this.reviewAt = reviewAt;
	}

	@Override
	public boolean configured() {
		return this.register.configured();
	}

	@Override
	public LicenceVerdict verify(ExportTransaction tx, String eccn) {
		String written = tx.licenseNumber().strip();
		Licence licence = this.register.find(written).orElse(null);
		if (licence == null) {
			return refused("licence " + written + " is not in the licence register", "not in the register");
		}
		String id = licence.number();
		String validity = "valid " + licence.validFrom() + " to " + licence.validTo();
		if (!licence.validOn(tx.orderDate())) {
			boolean expired = tx.orderDate().isAfter(licence.validTo());
			String why = expired ? " expired on " + licence.validTo() + ", before the order date "
					: " is valid only from " + licence.validFrom() + ", after the order date ";
			return refused("licence " + id + why + tx.orderDate(), validity + "; order date " + tx.orderDate());
		}
		if (!licence.coversEccn(eccn)) {
			return refused("licence " + id + " covers " + String.join(", ", licence.eccns()) + ", not "
					+ ((eccn == null || eccn.isBlank()) ? "an unclassified item" : eccn),
					"ECCNs " + String.join(";", licence.eccns()) + "; item " + eccn);
		}
		String country = tx.ultimateConsignee().country();
		if (!licence.coversCountry(country)) {
			return refused("licence " + id + " covers destinations " + countries(licence) + ", not the ultimate consignee's "
					+ Countries.name(country), "countries " + String.join(";", licence.countries().stream().sorted().toList()) + "; consignee in " + country);
		}
		String party = uncoveredParty(licence, tx);
		if (party != null) {
			return refused("licence " + id + " does not name the " + party + " (it names " + String.join("; ", licence.parties())
					+ ")", "parties " + String.join(";", licence.parties()));
		}
		LicenceUse line = new LicenceUse(tx.quantity(), tx.totalValueUsd());
		LedgerPosition position = this.ledger.position(id, tx.orderDate(), tx.transactionId(), line);
		LicenceUse before = position.before();
		LicenceUse after = before.plus(line);
		String evidence = validity + "; " + room(licence, before, line);
		if (licence.maxQuantity() != null && after.quantity() > licence.maxQuantity()) {
			return refused("licence " + id + " allows " + Numbers.units(licence.maxQuantity()) + " units; "
					+ Numbers.units(before.quantity()) + " used before this line of " + Numbers.units(line.quantity()),
					evidence);
		}
		if (licence.maxValueUsd() != null && after.valueUsd().compareTo(licence.maxValueUsd()) > 0) {
			return refused("licence " + id + " allows " + Numbers.usd(licence.maxValueUsd()) + " USD; "
					+ Numbers.usd(before.valueUsd()) + " USD used before this line of " + Numbers.usd(line.valueUsd())
					+ " USD", evidence);
		}
		long percent = percentUsed(licence, after);
		boolean nearly = reviewShare(percent);
		String explanation = validity + ", " + String.join(", ", licence.eccns()) + " to " + countries(licence)
				+ (licence.parties().isEmpty() ? "" : " for the named parties") + "; " + remaining(licence, after)
				+ (nearly ? "; it is " + percent + " % used: confirm it still covers the next shipments" : "");
		long withLater = percentUsed(licence, after.plus(position.after()));
		if (!position.later().isEmpty() && reviewShare(withLater)) {
			// This line arrived after lines ordered after it, which were decided without it.
			String lines = position.later().stream().limit(5).collect(Collectors.joining(", "))
					+ ((position.later().size() > 5) ? " and " + (position.later().size() - 5) + " more" : "");
			explanation += "; but lines ordered after this one (" + lines + ") were screened before it without counting it: "
					+ "with it the licence is " + withLater + " % used" + ((withLater > 100) ? ", over its limit" : "")
					+ ", so review those lines";
			return new LicenceVerdict(true, true, explanation, evidence + "; lines ordered after it " + lines + ": units "
					+ Numbers.units(position.after().quantity()) + ", USD " + Numbers.usd(position.after().valueUsd()));
		}
		return new LicenceVerdict(true, nearly, explanation, evidence);
	}

	private boolean reviewShare(long percent) {
		return percent >= 0 && BigDecimal.valueOf(percent).compareTo(this.reviewAt.movePointRight(2)) >= 0;
	}

	private static LicenceVerdict refused(String explanation, String evidence) {
		return new LicenceVerdict(false, false, explanation, evidence);
	}

	/** The party the licence does not name, as the reason says it, or null when it names them all (or any). */
	private String uncoveredParty(Licence licence, ExportTransaction tx) {
		if (licence.parties().isEmpty()) {
			return null;
		}
		List<NormalizedName> listed = this.parties.computeIfAbsent(licence.number(),
				(n) -> this.names.prepare(licence.parties()));
		Party consignee = tx.ultimateConsignee();
		if (!this.names.named(consignee.name(), listed)) {
			return "ultimate consignee " + consignee.name();
		}
		Party endUser = tx.endUser();
		if (endUser != null && !this.names.named(endUser.name(), listed)) {
			return "end user " + endUser.name();
		}
		return null;
	}

	private static String countries(Licence licence) {
		return licence.countries().stream().sorted().map(Countries::name).collect(Collectors.joining(", "));
	}

	private static String room(Licence licence, LicenceUse before, LicenceUse line) {
		return "units " + Numbers.units(before.quantity()) + " before + " + Numbers.units(line.quantity()) + " this line of "
				+ ((licence.maxQuantity() != null) ? Numbers.units(licence.maxQuantity()) : "no limit") + "; USD "
				+ Numbers.usd(before.valueUsd()) + " before + " + Numbers.usd(line.valueUsd()) + " this line of "
				+ ((licence.maxValueUsd() != null) ? Numbers.usd(licence.maxValueUsd()) : "no limit");
	}

	private static String remaining(Licence licence, LicenceUse after) {
		if (licence.maxQuantity() == null && licence.maxValueUsd() == null) {
			return "it has no quantity or value limit";
		}
		StringBuilder text = new StringBuilder();
		if (licence.maxQuantity() != null) {
			text.append(Numbers.units(licence.maxQuantity() - after.quantity())).append(" of ")
				.append(Numbers.units(licence.maxQuantity())).append(" units");
		}
		if (licence.maxValueUsd() != null) {
			text.append(text.isEmpty() ? "" : " and ").append(Numbers.usd(licence.maxValueUsd().subtract(after.valueUsd())))
				.append(" of ").append(Numbers.usd(licence.maxValueUsd())).append(" USD");
		}
		return text.append(" remain after this line").toString();
	}

	/** The larger share of the quantity or value limit used after this line; -1 without limits. */
	static long percentUsed(Licence licence, LicenceUse after) {
		long percent = -1;
		if (licence.maxQuantity() != null && licence.maxQuantity() > 0) {
			percent = Math.max(percent, after.quantity() * 100 / licence.maxQuantity());
		}
		if (licence.maxValueUsd() != null && licence.maxValueUsd().signum() > 0) {
			percent = Math.max(percent, after.valueUsd().multiply(BigDecimal.valueOf(100))
				.divide(licence.maxValueUsd(), 0, RoundingMode.DOWN).longValue());
		}
		return percent;
	}

	/** "China (CN)". */
	static final class Countries {

		private Countries() {
		}

		static String name(String code) {
			if (code == null) {
				return "unknown country";
			}
			String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
			return (name.isEmpty() || name.equals(code)) ? code : name + " (" + code + ")";
		}

	}

}
