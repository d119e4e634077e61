package io.shipscreen.parties;

import java.util.Locale;

/** What kind of party a list entry is; persons and organisations are scored alike. */
public enum EntryType {

	INDIVIDUAL, ENTITY, VESSEL, AIRCRAFT, UNKNOWN;

	static EntryType parse(String text) {
		if (text == null || text.isBlank() || text.trim().equals("-0-")) {
			return UNKNOWN;
		}
		return switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "individual", "person" -> INDIVIDUAL;
			case "entity", "organization", "organisation", "company" -> ENTITY;
			case "vessel" -> VESSEL;
			case "aircraft" -> AIRCRAFT;
			default -> UNKNOWN;
		};
	}

}
