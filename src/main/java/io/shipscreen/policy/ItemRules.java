package io.shipscreen.policy;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a policy classifies items from their performance (3A090 / 4A090).
 *
 * @param classification tried in order; the first ECCN whose criteria a TPP/PD pair meets
 * @param nonDataCentreMinTpp Note 2 to 3A090: an item not designed or marketed for data centres is
 * outside 3A090 below this TPP
 * @param systemTerms description words that make an item a computer/assembly (4A090 instead of 3A090)
 * @param dataCentreTerms description words that mark a data-centre part
 * @param consumerTerms description words that mark a part not designed or marketed for data centres
 * @param assumeDataCentre what to assume when nothing tells (the conservative answer is true)
 * @param controlledEccns ECCN prefixes treated as the advanced-computing items (3A090, 4A090, .z)
 */
public record ItemRules(List<Classification> classification, BigDecimal nonDataCentreMinTpp, TermMatcher systemTerms,
		TermMatcher dataCentreTerms, TermMatcher consumerTerms, boolean assumeDataCentre, ItemScope controlledEccns,
		String citation) {

	/** One ECCN paragraph and the TPP/PD criteria of which any one suffices. */
	public record Classification(String eccn, List<Criterion> anyOf) {

		public boolean met(BigDecimal tpp, BigDecimal pd) {
			return this.anyOf.stream().anyMatch((criterion) -> criterion.met(tpp, pd));
		}

	}

	/**
	 * Lower bounds inclusive, upper bounds exclusive, as in the regulation ("4800 or more", "less
	 * than 5.92"). A criterion with a PD bound is not met when PD is unknown.
	 */
	public record Criterion(BigDecimal tppMin, BigDecimal tppBelow, BigDecimal pdMin, BigDecimal pdBelow) {

		public boolean met(BigDecimal tpp, BigDecimal pd) {
			if (tpp == null) {
				return false;
			}
			if (this.tppMin != null && tpp.compareTo(this.tppMin) < 0) {
				return false;
			}
			if (this.tppBelow != null && tpp.compareTo(this.tppBelow) >= 0) {
				return false;
			}
			if (this.pdMin != null || this.pdBelow != null) {
				if (pd == null) {
					return false;
				}
				if (this.pdMin != null && pd.compareTo(this.pdMin) < 0) {
					return false;
				}
				if (this.pdBelow != null && pd.compareTo(this.pdBelow) >= 0) {
					return false;
				}
			}
			return true;
		}

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder();
			if (this.tppMin != null) {
				text.append("TPP ≥ ").append(this.tppMin.toPlainString());
			}
			if (this.tppBelow != null) {
				text.append(text.isEmpty() ? "" : " and ").append("TPP < ").append(this.tppBelow.toPlainString());
			}
			if (this.pdMin != null) {
				text.append(text.isEmpty() ? "" : " and ").append("PD ≥ ").append(this.pdMin.toPlainString());
			}
			if (this.pdBelow != null) {
				text.append(text.isEmpty() ? "" : " and ").append("PD < ").append(this.pdBelow.toPlainString());
			}
			return text.toString();
		}

	}

}
