package io.shipscreen.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One product of the catalogue: how to recognise it and its published performance.
 *
 * @param eccn the classification the figures give, or null when they fall below 3A090
 * @param tpp total processing performance per unit, or null when no source gives it (then
 * {@code eccn}, if any, is the classification)
 * @param pd performance density, or null when the die area is not published
 * @param family the class of parts a rule may name (e.g. {@code h20-class}), or null
 * @param dramBandwidthGbs DRAM bandwidth in GB/s where sourced, or null
 */
public record CatalogueEntry(String id, String name, String manufacturer, List<Pattern> patterns, BigDecimal tpp,
		BigDecimal pd, String eccn, boolean dataCentre, String source, String confidence, String family,
		BigDecimal dramBandwidthGbs) {

	public boolean matches(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		for (Pattern pattern : this.patterns) {
			if (pattern.matcher(text).find()) {
				return true;
			}
		}
		return false;
	}

}
