package io.shipscreen.licence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One licence of the register (CONTRACT.md §6).
 *
 * @param number the licence number, as the transactions write it (compared ignoring case and
 * spaces)
 * @param validFrom first day it may be used (inclusive)
 * @param validTo last day it may be used (inclusive)
 * @param eccns the ECCNs it covers, upper case; {@code 3A090} covers {@code 3A090.a}
 * @param countries the destination countries (ISO alpha-2) it covers: the ultimate consignee's
 * @param parties the consignees and end users it names; empty = any
 * @param maxQuantity the most units over all its shipments, or {@code null} for no limit
 * @param maxValueUsd the most value over all its shipments, or {@code null} for no limit
 * @param file the register file it was read from
 * @param row its row in that file (1 = the header)
 */
public record Licence(String number, LocalDate validFrom, LocalDate validTo, List<String> eccns,
		Set<String> countries, List<String> parties, Long maxQuantity, BigDecimal maxValueUsd, String file, int row) {

	public Licence {
		eccns = List.copyOf(eccns);
		countries = Set.copyOf(countries);
		parties = List.copyOf(parties);
	}

	/** The form licence numbers are compared in: "d 123-4" and "D123-4" are one licence. */
	public static String key(String number) {
		return number.strip().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

	public boolean validOn(LocalDate date) {
		return !date.isBefore(this.validFrom) && !date.isAfter(this.validTo);
	}

	/** Whether an ECCN listed on the licence is the item's or a parent paragraph of it. */
	public boolean coversEccn(String eccn) {
		if (eccn == null || eccn.isBlank()) {
			return false;
		}
		String item = eccn.strip().toUpperCase(Locale.ROOT);
		for (String listed : this.eccns) {
			if (item.equals(listed) || item.startsWith(listed + ".")) {
				return true;
			}
		}
		return false;
	}

	public boolean coversCountry(String alpha2) {
		return alpha2 != null && this.countries.contains(alpha2);
	}

	public String where() {
		return this.file + " row " + this.row;
	}

}
