package io.shipscreen.ownership;

import java.time.LocalDate;

/**
 * One row of the ownership register: {@code owner} holds {@code sharePercent} of {@code entity}.
 *
 * @param entityName the company that is owned
 * @param entityCountry its ISO alpha-2 country, or {@code null}
 * @param ownerName who holds the share (a company or a person)
 * @param ownerCountry the owner's ISO alpha-2 country, or {@code null}
 * @param sharePercent 0-100, or {@code null} when the share is unknown (red flag 29)
 * @param asOf when the holding was found, or {@code null}
 * @param source where it was found (KYC file, vendor export, ...), or {@code null}
 * @param file the register file it came from (file name)
 * @param row its row in that file (1 = the header)
 */
public record Holding(String entityName, String entityCountry, String ownerName, String ownerCountry,
		Double sharePercent, LocalDate asOf, String source, String file, long row) {

	public boolean shareKnown() {
		return this.sharePercent != null;
	}

	/** Where the row is, for evidence and problems: {@code register.csv row 7}. */
	public String origin() {
		return this.file + " row " + this.row;
	}

}
