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

	private static final Set<String> STOPWORDS = Set.of("the", "and", "of", "for", "und", "et", "y", "an");

	/** Abbreviations and plurals company names use interchangeably ("Tech." = "Technologies"). */
	private final Map<String, String> canonical;

	private final ScriptTransliterator scripts;

	/**
	 * Spellings of common given names and of name particles → the group's first spelling
	 * ("muhammad" → "mohammed", "ben" → "bin").
	 */
	private final Map<String, String> givenNames;

	private final LegalForms legalForms;

	private final TokenWeights weights;

	private final Transliterator latinAscii = Transliterator.getInstance("Latin-ASCII");

	/** A normaliser with the word tables shipped in the jar ({@code config/names/}). */
	public NameNormalizer() {
		this(NameTables.bundled());
	}

	public NameNormalizer(NameTables tables) {
		this.canonical = tables.abbreviations();
		Map<String, String> groups = new java.util.HashMap<>(tables.nameParticles());
		groups.putAll(tables.givenNames());
		this.givenNames = Map.copyOf(groups);
		this.arabic = new ArabicRomanisation(tables.arabicRomanisation(), tables.arabicScriptWords().values());
		this.koreanSurnames = tables.koreanSurnameSpellings();
		this.scripts = new ScriptTransliterator(tables, this.arabic);
		this.legalForms = new LegalForms(tables.legalForms(), this::plainTokens);
		this.weights = new TokenWeights(tables.weightingWords(), this.legalForms);
	}

	private final ArabicRomanisation arabic;

	/** A Korean family name as read from Hangul → its spellings on the lists ("pak" → pak, park, bak). */
	private final Map<String, List<String>> koreanSurnames;

	List<String> koreanSurnameSpellings(String token) {
		return this.koreanSurnames.getOrDefault(token, List.of());
	}

	ArabicRomanisation arabic() {
		return this.arabic;
	}

	TokenWeights weights() {
		return this.weights;
	}

	/** The group of a given-name spelling ("muhammad" → "mohammed"), or {@code null}. */
	String givenNameGroup(String token) {
		return this.givenNames.get(token);
	}

	/** The tokens of a spelling, other scripts transliterated, legal forms kept. */
	private List<String> plainTokens(String text) {
		String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
		if (!ScriptTransliterator.needsTransliteration(nfkc)) {
			return tokens(nfkc);
		}
		List<String> tokens = new ArrayList<>();
		for (ScriptTransliterator.Segment segment : this.scripts.transliterate(nfkc).get(0).segments()) {
			tokens.addAll(tokens(segment.text()));
		}
		return tokens;
	}

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

	private NameForm finish(List<String> tokens, List<TokenOrigin> origins, String label, List<String> legalForms) {
		List<String> core = this.legalForms.strip(tokens, legalForms);
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
				raw.add(this.canonical.getOrDefault(token, ordinal(token)));
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
