package io.shipscreen.screening;

import java.util.ArrayList;
import java.util.List;

import io.shipscreen.transaction.ExportTransaction;

/**
 * One country of a transaction with the input column it came from, e.g.
 * {@code ship_to_country=HK}.
 *
 * @param party the party key used in policy files ({@code ultimate_consignee}, {@code ship_to}, ...)
 */
record PartyCountry(String party, String field, String country) {

	/** The destination-relevant countries, in contract order; absent ones are left out. */
	static List<PartyCountry> destinations(ExportTransaction tx) {
		List<PartyCountry> countries = new ArrayList<>(4);
		add(countries, "ultimate_consignee", tx.ultimateConsignee().country());
		if (tx.endUser() != null) {
			add(countries, "end_user", tx.endUser().country());
		}
		add(countries, "ship_to", tx.shipToCountry());
		if (tx.intermediateConsignee() != null) {
			add(countries, "intermediate_consignee", tx.intermediateConsignee().country());
		}
		return countries;
	}

	/** Every country on the row, for embargoes (any party, payment, parent). */
	static List<PartyCountry> all(ExportTransaction tx) {
		List<PartyCountry> countries = destinations(tx);
		if (tx.purchaser() != null) {
			add(countries, "purchaser", tx.purchaser().country());
		}
		add(countries, "payment", tx.paymentCountry());
		add(countries, "end_user_parent", tx.endUserParentCountry());
		add(countries, "ultimate_consignee_parent", tx.ultimateConsigneeParentCountry());
		add(countries, "purchaser_parent", tx.purchaserParentCountry());
		return countries;
	}

	/**
	 * The headquarters country of the ultimate parent of {@code party} ({@code end_user},
	 * {@code ultimate_consignee}, {@code purchaser}), with its column, or null when blank.
	 */
	static PartyCountry parent(ExportTransaction tx, String party) {
		String country = switch (party) {
			case "end_user" -> tx.endUserParentCountry();
			case "ultimate_consignee" -> tx.ultimateConsigneeParentCountry();
			case "purchaser" -> tx.purchaserParentCountry();
			default -> throw new IllegalArgumentException("no parent column for " + party);
		};
		return (country == null || country.isBlank()) ? null
				: new PartyCountry(party, party + "_parent_country", country);
	}

	/** Where {@code party} itself is, or null when the row does not say. */
	static String located(ExportTransaction tx, String party) {
		return switch (party) {
			case "end_user" -> tx.endUserCountry();
			case "ultimate_consignee" -> tx.ultimateConsignee().country();
			case "purchaser" -> (tx.purchaser() != null) ? tx.purchaser().country() : null;
			default -> null;
		};
	}

	/** "end user", "ultimate consignee", "purchaser". */
	static String role(String party) {
		return party.replace('_', ' ');
	}

	private static void add(List<PartyCountry> countries, String party, String country) {
		if (country != null && !country.isBlank()) {
			countries.add(new PartyCountry(party, party + "_country", country));
		}
	}

	@Override
	public String toString() {
		return this.field + "=" + this.country;
	}

}
