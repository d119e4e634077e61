package io.shipscreen.transaction;

/** The parties of an export transaction, named as in the EAR (15 CFR 748.5). */
public enum PartyRole {

	PURCHASER("purchaser"),
	INTERMEDIATE_CONSIGNEE("intermediate_consignee"),
	ULTIMATE_CONSIGNEE("ultimate_consignee"),
	END_USER("end_user");

	private final String column;

	PartyRole(String column) {
		this.column = column;
	}

	/** The column prefix in the input contract, e.g. {@code ultimate_consignee}. */
	public String column() {
		return this.column;
	}

}
