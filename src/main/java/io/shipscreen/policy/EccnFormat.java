package io.shipscreen.policy;

import java.util.Locale;

/** ECCN spelling: upper-case category letters, lower-case paragraphs ({@code 3a090.A} → {@code 3A090.a}). */
public final class EccnFormat {

	private EccnFormat() {
	}

	/** The canonical form, or null for a blank value. */
	public static String normalise(String eccn) {
		if (eccn == null) {
			return null;
		}
		String value = eccn.strip().replace(" ", "");
		if (value.isEmpty()) {
			return null;
		}
		if (value.equalsIgnoreCase("EAR99")) {
			return "EAR99";
		}
		int dot = value.indexOf('.');
		String head = (dot < 0) ? value : value.substring(0, dot);
		String tail = (dot < 0) ? "" : value.substring(dot).toLowerCase(Locale.ROOT);
		return head.toUpperCase(Locale.ROOT) + tail;
	}

}
