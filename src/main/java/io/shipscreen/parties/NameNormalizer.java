package io.shipscreen.parties;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.Transliterator;

/**
 * Prepares a name for matching: Unicode NFKC, other scripts to Latin, accents removed, lower
 * case, punctuation and {@code &} dropped, runs of initials joined ("S.A." → "sa"), stopwords
 * and legal forms set aside. Thread-safe.
 */
public final class NameNormalizer {

	/** Abbreviations and plurals company names use interchangeably ("Tech." = "Technologies"). */
	private static final Map<String, String> CANONICAL = Map.ofEntries(Map.entry("tech", "technology"),
			Map.entry("techn", "technology"), Map.entry("technologies", "technology"), Map.entry("intl", "international"),
			Map.entry("mfg", "manufacturing"), Map.entry("engg", "engineering"), Map.entry("electronic", "electronics"),
			Map.entry("sys", "systems"), Map.entry("system", "systems"), Map.entry("svc", "services"),
			Map.entry("svcs", "services"), Map.entry("service", "services"), Map.entry("grp", "group"),
			Map.entry("natl", "national"), Map.entry("univ", "university"), Map.entry("inst", "institute"),
			Map.entry("hldgs", "holdings"), Map.entry("holding", "holdings"), Map.entry("industry", "industries"),
			Map.entry("inds", "industries"), Map.entry("assn", "association"), Map.entry("bros", "brothers"),
			Map.entry("centre", "center"), Map.entry("ctr", "center"), Map.entry("communications", "communication"),
			Map.entry("networks", "network"), Map.entry("enterprises", "enterprise"), Map.entry("investments", "investment"));

	private static final Set<String> STOPWORDS = Set.of("the", "and", "of", "for", "und", "et", "y", "an");

	private final ScriptTransliterator scripts = new ScriptTransliterator();

	private final Transliterator latinAscii = Transliterator.getInstance("Latin-ASCII");

	public NormalizedName normalize(String name) {
		String text = Normalizer.normalize((name != null) ? name : "", Normalizer.Form.NFKC);
		List<String> legalForms = new ArrayList<>();
		List<NameForm> forms = new ArrayList<>();
		if (ScriptTransliterator.needsTransliteration(text)) {
			for (ScriptTransliterator.Reading reading : this.scripts.transliterate(text)) {
				List<String> tokens = new ArrayList<>();
				List<TokenOrigin> origins = new ArrayList<>();
				for (ScriptTransliterator.Segment segment : reading.segments()) {
					for (String token : tokens(segment.text())) {
						tokens.add(token);
						origins.add(segment.origin());
					}
				}
				forms.add(finish(tokens, origins, reading.label(), forms.isEmpty() ? legalForms : new ArrayList<>()));
			}
		}
		else {
			List<String> tokens = tokens(text);
			List<TokenOrigin> origins = new ArrayList<>(tokens.size());
			tokens.forEach((t) -> origins.add(TokenOrigin.LATIN));
			forms.add(finish(tokens, origins, null, legalForms));
		}
		return new NormalizedName(name, forms, legalForms.stream().distinct().toList());
	}

	private static NameForm finish(List<String> tokens, List<TokenOrigin> origins, String label,
			List<String> legalForms) {
		List<String> core = LegalForms.strip(tokens, legalForms);
		if (core.size() == tokens.size()) {
			return new NameForm(tokens, origins, label);
		}
		// Keep the origins aligned with the surviving tokens.
		List<TokenOrigin> flags = new ArrayList<>(core.size());
		int from = 0;
		for (String token : core) {
			int at = tokens.subList(from, tokens.size()).indexOf(token) + from;
			flags.add(origins.get(Math.max(at, 0)));
			from = at + 1;
		}
		return new NameForm(core, flags, label);
	}

	/** Lower-case ASCII tokens, stopwords removed, runs of single letters joined. */
	List<String> tokens(String text) {
		String ascii = ascii(text).toLowerCase(Locale.ROOT);
		StringBuilder cleaned = new StringBuilder(ascii.length() + 8);
		for (int i = 0; i < ascii.length(); i++) {
			char c = ascii.charAt(i);
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				cleaned.append(c);
			}
			else if (c == '\'' || c == '`') {
				// O'Brien → obrien; Xi'an → xian
			}
			else {
				cleaned.append(' ');
			}
		}
		List<String> raw = new ArrayList<>();
		for (String token : cleaned.toString().split(" +")) {
			if (!token.isEmpty() && !STOPWORDS.contains(token)) {
				raw.add(CANONICAL.getOrDefault(token, ordinal(token)));
			}
		}
		return joinInitials(raw);
	}

	/** "13th" → "13": lists write ordinals both ways. */
	private static String ordinal(String token) {
		if (token.length() > 2 && Character.isDigit(token.charAt(0))
				&& (token.endsWith("th") || token.endsWith("st") || token.endsWith("nd") || token.endsWith("rd"))
				&& token.substring(0, token.length() - 2).chars().allMatch(Character::isDigit)) {
			return token.substring(0, token.length() - 2);
		}
		return token;
	}

	/** "s a" → "sa", "l l c" → "llc"; a lone initial stays. */
	private static List<String> joinInitials(List<String> tokens) {
		List<String> joined = new ArrayList<>(tokens.size());
		StringBuilder run = new StringBuilder();
		for (String token : tokens) {
			if (token.length() == 1 && Character.isLetter(token.charAt(0))) {
				run.append(token);
				continue;
			}
			flush(run, joined);
			joined.add(token);
		}
		flush(run, joined);
		return joined;
	}

	private static void flush(StringBuilder run, List<String> joined) {
		if (run.length() > 0) {
			joined.add(run.toString());
		}
		run.setLength(0);
	}

	private String ascii(String text) {
		boolean plain = true;
		for (int i = 0; i < text.length() && plain; i++) {
			plain = text.charAt(i) < 128;
		}
		if (plain) {
			return text;
		}
		String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		for (int i = 0; i < stripped.length(); i++) {
			if (stripped.charAt(i) >= 128) {
				synchronized (this.latinAscii) {
					return this.latinAscii.transliterate(stripped);
				}
			}
		}
		return stripped;
	}

}
