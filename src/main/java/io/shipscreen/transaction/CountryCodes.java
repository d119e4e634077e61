package io.shipscreen.transaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Turns the countries of the input contract (ISO 3166-1 alpha-2 or alpha-3 codes, or English
 * short names such as {@code Hong Kong}, {@code Macao}, {@code Türkiye}, {@code Korea, Republic
 * of}) into alpha-2 codes; the one country table of shipscreen, also used to read the countries
 * of list files ({@link #forLists()}). Immutable once built (but for a memo of spellings seen);
 * safe to share between threads.
 */
public final class CountryCodes {

	private static final String NAMES_RESOURCE = "country-names.txt";

	private static final String LIST_NAMES_RESOURCE = "country-names-lists.txt";

	private final Map<String, String> alpha2ByKey;

	private final Map<String, String> namesByAlpha2;

	/** Distinct written values remembered (a night has a few hundred; bad input cannot grow it further). */
	private static final int MEMO_LIMIT = 10_000;

	/** Every row names several countries, written the same few ways: resolve each spelling once. */
	private final Cache<String, Optional<String>> memo = Caffeine.newBuilder().maximumSize(MEMO_LIMIT).build();

	private CountryCodes(Map<String, String> alpha2ByKey, Map<String, String> namesByAlpha2) {
		this.alpha2ByKey = Map.copyOf(alpha2ByKey);
		this.namesByAlpha2 = Map.copyOf(namesByAlpha2);
	}

	/** The ISO codes and English names the JDK knows, plus the bundled alternative names. */
	public static CountryCodes standard() {
		return build(false);
	}

	/**
	 * {@link #standard()} plus the places lists write where a country belongs ({@code Crimea},
	 * {@code Gaza}): for reading list files only, never the input columns.
	 */
	public static CountryCodes forLists() {
		return build(true);
	}

	private static CountryCodes build(boolean listSpellings) {
		Map<String, String> byKey = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		for (String alpha2 : Locale.getISOCountries()) {
			Locale locale = new Locale("", alpha2);
			String name = locale.getDisplayCountry(Locale.ENGLISH);
			names.put(alpha2, name);
			byKey.put(key(alpha2), alpha2);
			byKey.put(key(name), alpha2);
			try {
				byKey.put(key(locale.getISO3Country()), alpha2);
			}
			catch (java.util.MissingResourceException ex) {
				// a few reserved codes have no alpha-3; the alpha-2 code still works
			}
		}
		readAlternativeNames(NAMES_RESOURCE, byKey);
		if (listSpellings) {
			readAlternativeNames(LIST_NAMES_RESOURCE, byKey);
		}
		return new CountryCodes(byKey, names);
	}

	private static void readAlternativeNames(String resource, Map<String, String> byKey) {
		try (InputStream in = CountryCodes.class.getResourceAsStream(resource);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				line = line.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				int equals = line.indexOf('=');
				byKey.put(key(line.substring(equals + 1)), line.substring(0, equals).strip());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The alpha-2 code for a code or name, or empty when it is not a country. */
	public Optional<String> alpha2(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		return this.memo.get(value, (written) -> Optional.ofNullable(this.alpha2ByKey.get(key(written))));
	}

	/** The English short name of an alpha-2 code, e.g. {@code PT} → {@code Portugal}. */
	public String name(String alpha2) {
		return this.namesByAlpha2.getOrDefault(alpha2, alpha2);
	}

	/** Case, accents, punctuation ({@code &}) and the filler words "the", "of", "and" do not matter. */
	static String key(String value) {
		String folded = Normalizer.normalize(value, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", " ")
			.replaceAll("\\b(the|of|and)\\b", " ");
		return folded.replaceAll("\\s+", "");
	}

}
