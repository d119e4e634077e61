package io.shipscreen.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A consignee a dated destination rule does not apply to (the UAE Government, the approved
 * entities of Supp. No. 8 to Part 740, the UAE subsidiaries of named US-headquartered firms).
 * Names are compared the way party screening compares them (the parties package's normaliser).
 *
 * @param name the name as the rule gives it, e.g. {@code G42}
 * @param aliases other spellings of the same entity
 * @param subsidiaries true when the entity's subsidiaries are exempt too: a party whose name
 * contains this name (e.g. "Microsoft Gulf FZ-LLC" for Microsoft)
 * @param parentCountry the headquarters country a subsidiary's ultimate parent must have on the
 * row (e.g. {@code US}), or null
 * @param from first day of the exemption, or null (as long as the rule)
 * @param until last day of the exemption, or null when the rule sets no end ({@code until: open})
 * @param note what the entity is, for the reason (e.g. "approved entity, Supp. No. 8 to Part 740")
 * @param line where it is written, for the audit ({@code file line N})
 */
public record Exemption(String name, List<String> aliases, boolean subsidiaries, String parentCountry, LocalDate from,
		LocalDate until, String note, String citation, String line) {

	public Exemption {
		aliases = List.copyOf(aliases);
	}

	/** The name and its aliases. */
	public List<String> names() {
		List<String> names = new ArrayList<>(1 + this.aliases.size());
		names.add(this.name);
		names.addAll(this.aliases);
		return names;
	}

	public boolean inForceOn(LocalDate date) {
		return (this.from == null || !date.isBefore(this.from)) && (this.until == null || !date.isAfter(this.until));
	}

	/** "until 2027-04-06", "from 2026-07-10 until 2027-04-06" or "no end date". */
	public String range() {
		String from = (this.from != null) ? "from " + this.from + " " : "";
		return from + ((this.until != null) ? "until " + this.until : "with no end date");
	}

}
