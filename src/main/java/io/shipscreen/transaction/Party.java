package io.shipscreen.transaction;

/**
 * One party of a transaction.
 *
 * @param role which party this is
 * @param name the name as written on the order (never blank)
 * @param address street and city, or {@code null}
 * @param country ISO 3166-1 alpha-2 code, or {@code null} when not given
 */
public record Party(PartyRole role, String name, String address, String country) {

	/** The input column this party's name came from, e.g. {@code end_user_name}. */
	public String field() {
		return this.role.column() + "_name";
	}

}
