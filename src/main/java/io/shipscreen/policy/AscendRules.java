package io.shipscreen.policy;

/**
 * The General Prohibition 10 guidance on PRC-designed advanced ICs (Huawei Ascend, 2025-05-13).
 *
 * @param designers manufacturers/designers (Huawei, HiSilicon, ...) whose 3A090-level ICs are caught
 * @param partPatterns part numbers of named chips (e.g. {@code ascend\s*910[bcd]})
 * @param descriptionTerms description words that name them
 * @param endUseTerms end-use words that show them in the customer's plans ("Ascend cluster")
 * @param technicalAnalysisTerms the carve-out: acquisition solely for technical analysis
 */
public record AscendRules(boolean enabled, TermMatcher designers, PartPatterns partPatterns, TermMatcher descriptionTerms,
		TermMatcher endUseTerms, TermMatcher technicalAnalysisTerms, String citation) {

	public static final AscendRules NONE = new AscendRules(false, TermMatcher.none(), PartPatterns.none(), TermMatcher.none(),
			TermMatcher.none(), TermMatcher.none(), null);

}
