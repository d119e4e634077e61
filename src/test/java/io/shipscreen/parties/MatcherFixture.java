package io.shipscreen.parties;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A matcher over a few list entries, and the assertion the matching tests share. */
final class MatcherFixture {

	/** The review threshold of the bundled configuration. */
	static final double REVIEW = 0.86;

	private MatcherFixture() {
	}

	static PartyMatcher over(NameNormalizer normalizer, ListEntry... entries) {
		return new PartyMatcher(normalizer, CandidateIndex.build(List.of(entries), normalizer), 0.5, 25, 1000);
	}

	/** The best match of {@code written} is the entry {@code id}, at the review threshold or above. */
	static void assertBestMatch(PartyMatcher matcher, String written, String id) {
		List<NameMatch> matches = matcher.match(written);
		assertThat(matches).as(written).isNotEmpty();
		assertThat(matches.get(0).entry().id()).as(written).isEqualTo(id);
		assertThat(matches.get(0).score()).as(written + " " + matches.get(0).matchedTokens())
			.isGreaterThanOrEqualTo(REVIEW);
	}

}
