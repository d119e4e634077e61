package io.shipscreen.policy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The General Prohibition 10 guidance on PRC-designed advanced ICs (Huawei Ascend, 2025-05-13).
 *
 * @param designers manufacturers/designers (Huawei, HiSilicon, ...) whose 3A090-level ICs are caught
 * @param partPatterns part numbers of named chips (e.g. {@code ascend\s*910[bcd]})
 * @param descriptionTerms description words that name them
 * @param endUseTerms end-use words that show them in the customer's plans ("Ascend cluster")
 * @param technicalAnalysisTerms the carve-out: acquisition solely for technical analysis
 */
public record AscendRules(boolean enabled, TermMatcher designers, List<Pattern> partPatterns, TermMatcher descriptionTerms,
		TermMatcher endUseTerms, TermMatcher technicalAnalysisTerms, String citation) {

	public static final AscendRules NONE = new AscendRules(false, TermMatcher.none(), List.of(), TermMatcher.none(),
			TermMatcher.none(), TermMatcher.none(), null);

}
