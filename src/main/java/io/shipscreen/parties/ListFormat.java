package io.shipscreen.parties;

/** The publishers' file formats we read, recognised by content rather than by file name. */
public enum ListFormat {

	/** trade.gov Consolidated Screening List CSV (current 29 columns, or the older 28). */
	CSL_CSV("CSL CSV"),
	/** trade.gov Consolidated Screening List JSON (bulk download or API response). */
	CSL_JSON("CSL JSON"),
	/** OFAC {@code sdn.csv}: 12 columns, no header. */
	OFAC_SDN("OFAC sdn.csv"),
	/** OFAC {@code alt.csv}: aliases of sdn.csv entries. */
	OFAC_ALT("OFAC alt.csv"),
	/** OFAC {@code add.csv}: addresses of sdn.csv entries. */
	OFAC_ADD("OFAC add.csv"),
	/** UN Security Council consolidated list XML. */
	UN_XML("UN consolidated XML");

	private final String label;

	ListFormat(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
