package io.shipscreen.parties;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * One listed party, as its publisher lists it.
 *
 * @param list the source list (EL, SDN, UN, ...)
 * @param id the publisher's id (entity number, CSL {@code _id}, UN reference number), or a hash
 * of the row's content where the publisher gives none
 * @param name the primary name as listed
 * @param aliases alternative names as listed (a.k.a., f.k.a., original script)
 * @param type individual, entity, vessel, ...
 * @param addresses addresses as listed
 * @param countries ISO alpha-2 codes the entry is tied to (addresses, nationality)
 * @param federalRegisterNotice FR citation(s), e.g. {@code 84 FR 22964}
 * @param startDate listing date as published, or {@code null}
 * @param licenseRequirement Entity List licence requirement, or {@code null}
 * @param licensePolicy Entity List licence review policy, or {@code null}
 * @param programs sanctions programmes, e.g. {@code IRAN; SDGT}
 * @param file the list file it came from (file name)
 */
public record ListEntry(SourceList list, String id, String name, List<String> aliases, EntryType type,
		List<String> addresses, Set<String> countries, String federalRegisterNotice, String startDate,
		String licenseRequirement, String licensePolicy, String programs, String file) {

	public ListEntry {
		aliases = List.copyOf(aliases);
		addresses = List.copyOf(addresses);
		countries = Set.copyOf(countries);
	}

	/** Stable key of the entry across downloads, e.g. {@code SDN:52291} or {@code UN:KPe.001}. */
	public String key() {
		return this.list.name() + ":" + this.id;
	}

	/**
	 * A short hash of what the list says about the entry (names, addresses, notice, licence
	 * text). A reviewer's clearance is tied to it, so a changed entry re-opens the clearance.
	 */
	public String fingerprint() {
		String content = String.join("\u001f", this.name, String.join("\u001e", this.aliases),
				String.join("\u001e", this.addresses), nz(this.federalRegisterNotice), nz(this.licenseRequirement),
				nz(this.licensePolicy), nz(this.programs));
		return sha256(content).substring(0, 16);
	}

	static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String nz(String text) {
		return (text != null) ? text : "";
	}

}
