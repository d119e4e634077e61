package io.shipscreen.parties;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Finds the list entries a name matches: normalise, retrieve candidates from the
 * {@link CandidateIndex}, score each with the {@link NameScorer}, keep the best name per entry.
 * Results are cached per written name and per normalised name, because order books repeat
 * their customers. Thread-safe.
 */
public final class PartyMatcher {

	private final NameNormalizer normalizer;

	private final CandidateIndex index;

	private final NameScorer scorer = new NameScorer();

	private final double minScore;

	private final int maxCandidates;

	/** By name as written, and by normalised name: order books repeat names in many spellings. */
	private final Cache<String, List<NameMatch>> byWritten;

	private final Cache<String, List<NameMatch>> byNormalized;

	/**
	 * @param minScore the lowest score worth returning (the lowest list threshold, less the
	 * largest corroboration bonus)
	 * @param maxCandidates names scored per query
	 * @param cacheLimit distinct names kept per cache
	 */
	public PartyMatcher(NameNormalizer normalizer, CandidateIndex index, double minScore, int maxCandidates,
			int cacheLimit) {
		this.normalizer = normalizer;
		this.index = index;
		this.minScore = minScore;
		this.maxCandidates = maxCandidates;
		this.byWritten = Caffeine.newBuilder().maximumSize(cacheLimit).build();
		this.byNormalized = Caffeine.newBuilder().maximumSize(cacheLimit).build();
	}

	public CandidateIndex index() {
		return this.index;
	}

	public NameNormalizer normalizer() {
		return this.normalizer;
	}

	/** The entries {@code name} matches at or above the minimum score, best first. */
	public List<NameMatch> match(String name) {
		if (name == null || name.isBlank()) {
			return List.of();
		}
		return this.byWritten.get(name, (written) -> {
			NormalizedName normalized = this.normalizer.normalize(written);
			return this.byNormalized.get(normalized.key(), (key) -> compute(normalized));
		});
	}

	/** Uncached matching, for measurements. */
	public List<NameMatch> matchUncached(String name) {
		return compute(this.normalizer.normalize(name));
	}

	private List<NameMatch> compute(NormalizedName normalized) {
		if (normalized.isEmpty()) {
			return List.of();
		}
		Map<String, NameMatch> bestPerEntry = new LinkedHashMap<>();
		for (NameForm form : normalized.forms()) {
			NameScorer.Query query = query(form);
			CandidateIndex.Expansion[] pairs = new CandidateIndex.Expansion[Math.max(0, form.tokens().size() - 1)];
			for (int i = 0; i < pairs.length; i++) {
				pairs[i] = this.index.expand(form.tokens().get(i) + form.tokens().get(i + 1), pairOrigin(form, i));
			}
			// Three words read as one only for names from Arabic script ("abd al malk" = "Abdelmalek")
			// and Hangul syllables ("남천강" read as the person "nam chon gang" is the listed "NAMCHONGANG").
			boolean hangul = form.origins().contains(TokenOrigin.HANGUL);
			CandidateIndex.Expansion[] triples = new CandidateIndex.Expansion[(hasAbjad(form) || hangul)
					? Math.max(0, pairs.length - 1) : 0];
			for (int i = 0; i < triples.length; i++) {
				String joined = form.tokens().get(i) + form.tokens().get(i + 1) + form.tokens().get(i + 2);
				if (hangul && form.origin(i) == TokenOrigin.HANGUL && form.origin(i + 1) == TokenOrigin.HANGUL
						&& form.origin(i + 2) == TokenOrigin.HANGUL) {
					triples[i] = this.index.expand(joined, TokenOrigin.HANGUL);
				}
				else {
					triples[i] = (hasAbjad(form) && ArabicRomanisation.compounds(form.tokens(), i, 3))
							? this.index.expand(joined, TokenOrigin.ABJAD) : NO_EXPANSION;
				}
			}
			int[] candidates = this.index.candidates(query.weights(), query.expansions(), pairs, triples,
					this.maxCandidates);
			for (int id : candidates) {
				IndexedName name = this.index.name(id);
				NameScorer.Scored scored = this.scorer.score(query, name, this.index, false);
				if (scored.score() < this.minScore) {
					continue;
				}
				NameMatch current = bestPerEntry.get(name.entry().key());
				if (current == null || current.score() < scored.score()) {
					List<String> alignment = this.scorer.score(query, name, this.index, true).alignment();
					bestPerEntry.put(name.entry().key(), new NameMatch(name.entry(), name.asListed(), name.alias(),
							scored.score(), alignment, form.transliteration()));
				}
			}
		}
		List<NameMatch> matches = new ArrayList<>(bestPerEntry.values());
		matches.sort(Comparator.comparingDouble(NameMatch::score).reversed());
		return List.copyOf(matches);
	}

	private static final CandidateIndex.Expansion NO_EXPANSION = new CandidateIndex.Expansion(new int[0], new float[0]);

	private static boolean hasAbjad(NameForm form) {
		return form.origins().contains(TokenOrigin.ABJAD);
	}

	/** Two tokens read as one: pinyin stays pinyin, a word from Arabic script keeps its sounds ("abd" + "almalk"). */
	private static TokenOrigin pairOrigin(NameForm form, int i) {
		if (form.origin(i) == TokenOrigin.PINYIN) {
			return TokenOrigin.PINYIN;
		}
		boolean abjad = form.origin(i) == TokenOrigin.ABJAD || form.origin(i + 1) == TokenOrigin.ABJAD;
		return (abjad && ArabicRomanisation.compounds(form.tokens(), i, 2)) ? TokenOrigin.ABJAD : TokenOrigin.LATIN;
	}

	NameScorer.Query query(NameForm form) {
		int n = form.tokens().size();
		float[] weights = this.index.weights(form.tokens());
		CandidateIndex.Expansion[] expansions = new CandidateIndex.Expansion[n];
		float total = 0;
		for (int i = 0; i < n; i++) {
			total += weights[i];
			expansions[i] = this.index.expand(form.tokens().get(i), form.origin(i));
		}
		return new NameScorer.Query(form, weights, total, expansions, this.index);
	}

}
