package io.shipscreen.parties;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Legal forms and their equivalents across languages, as normalised tokens. They say little
 * about who a party is ("Co., Ltd." = "Limited" = 有限公司; JSC = AO = OAO = "Joint Stock
 * Company"), so they are set aside before matching and kept for the explanation.
 */
final class LegalForms {

	/** Phrase (space-separated tokens) → class. */
	private static final Map<String, String> PHRASES = build();

	/** Forms that are also ordinary words or name parts ("ao", "sa", "company"): only stripped at either end. */
	private static final Set<String> EDGE_ONLY = Set.of("ao", "sa", "ag", "as", "ab", "oy", "kk", "company", "sas",
			"se", "nv", "bv", "tov", "pt", "cv", "ad", "doo", "spa", "srl", "sl", "mchj", "ooo");

	private static final int LONGEST = 6;

	private LegalForms() {
	}

	private static Map<String, String> build() {
		Map<String, String> phrases = new HashMap<>();
		put(phrases, "LTD", "ltd", "limited", "co ltd", "company limited", "pte ltd", "pvt ltd", "private limited",
				"pte", "pvt", "sdn bhd", "bhd", "plc", "public limited company", "kk", "kabushiki kaisha", "yugen kaisha",
				"pty ltd", "pty");
		put(phrases, "LLC", "llc", "l l c", "limited liability company", "ooo", "tov", "gmbh", "mbh",
				"obshchestvo s ogranichennoy otvetstvennostyu", "obshestvo s ogranichennoy otvetstvennostyu",
				"tovarystvo z obmezhenoyu vidpovidalnistyu", "srl", "sarl", "sl", "spa", "doo", "mchj", "llp",
				"limited liability partnership");
		put(phrases, "JSC", "jsc", "ao", "oao", "zao", "pao", "ojsc", "cjsc", "pjsc", "joint stock company",
				"open joint stock company", "closed joint stock company", "public joint stock company",
				"aktsionernoye obshchestvo", "aktsionernoe obshchestvo", "otkrytoye aktsionernoye obshchestvo",
				"zakrytoye aktsionernoye obshchestvo", "publichnoye aktsionernoye obshchestvo", "ag", "sa", "nv", "as",
				"ab", "oy", "se", "ad", "sas", "pt", "tbk");
		put(phrases, "INC", "inc", "incorporated");
		put(phrases, "CORP", "corp", "corporation");
		put(phrases, "CO", "co", "company", "cie");
		put(phrases, "BV", "bv");
		return Map.copyOf(phrases);
	}

	private static void put(Map<String, String> phrases, String form, String... spellings) {
		for (String spelling : spellings) {
			phrases.putIfAbsent(spelling, form);
		}
	}

	/** Tokens without their legal forms; the classes found are added to {@code found}. */
	static List<String> strip(List<String> tokens, List<String> found) {
		List<String> rest = new ArrayList<>(tokens);
		boolean changed = true;
		while (changed && !rest.isEmpty()) {
			changed = false;
			for (int length = Math.min(LONGEST, rest.size()); length >= 1 && !changed; length--) {
				String tail = String.join(" ", rest.subList(rest.size() - length, rest.size()));
				String form = PHRASES.get(tail);
				if (form != null && rest.size() > length) {
					found.add(form);
					rest.subList(rest.size() - length, rest.size()).clear();
					changed = true;
					continue;
				}
				String head = String.join(" ", rest.subList(0, length));
				form = PHRASES.get(head);
				if (form != null && rest.size() > length) {
					found.add(form);
					rest.subList(0, length).clear();
					changed = true;
				}
			}
		}
		// Unambiguous forms in the middle ("Huawei Technology Co., Ltd. Chengdu Research Institute").
		List<String> core = new ArrayList<>(rest.size());
		for (String token : rest) {
			String form = PHRASES.get(token);
			if (form != null && !EDGE_ONLY.contains(token)) {
				found.add(form);
			}
			else {
				core.add(token);
			}
		}
		return core.isEmpty() ? rest : core;
	}

	static boolean isLegalForm(String token) {
		return PHRASES.containsKey(token);
	}

}
