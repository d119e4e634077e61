package io.shipscreen.parties;

import java.util.Optional;

import io.shipscreen.transaction.CountryCodes;

/**
 * The countries of list files ("Iran", "Korea, North", "Russian Federation", "Crimea") as ISO
 * alpha-2 codes, read with the one country table, {@link CountryCodes#forLists()}.
 */
final class Countries {

	private static final CountryCodes LIST_COUNTRIES = CountryCodes.forLists();

	private Countries() {
	}

	/** The alpha-2 code for a country name or code, if known. */
	static Optional<String> toAlpha2(String text) {
		return LIST_COUNTRIES.alpha2(text);
	}

}
