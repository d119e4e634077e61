package io.shipscreen.parties;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Restricted-party screening settings ({@code shipscreen.parties.*}).
 *
 * @param lists list files or folders to load (the {@code --lists} option replaces them)
 * @param clearedFile the good-guy list: reviewers' documented "not a match" decisions
 * @param reviewThreshold the lowest score that raises a hit (REVIEW)
 * @param holdThreshold the score from which a match to a HOLD list (EL, DPL, SDN, FSE, DTC, ISN,
 * UN) holds the shipment
 * @param thresholds per-list review thresholds by list code, e.g. {@code UVL: 0.90}
 * @param maxCandidates listed names scored per queried name
 * @param cacheSize distinct names remembered per run
 * @param maxHitsPerParty at most this many list entries reported per party (best first)
 */
@Validated
@ConfigurationProperties("shipscreen.parties")
public record PartiesProperties(@DefaultValue("config/lists") @NotEmpty List<String> lists,
		@DefaultValue("config/lists/cleared.csv") String clearedFile,
		@DefaultValue("0.86") @DecimalMin("0.5") @DecimalMax("1.0") double reviewThreshold,
		@DefaultValue("0.92") @DecimalMin("0.5") @DecimalMax("1.0") double holdThreshold,
		Map<String, Double> thresholds, @DefaultValue("25") @Min(1) int maxCandidates,
		@DefaultValue("200000") @Min(100) int cacheSize, @DefaultValue("3") @Min(1) int maxHitsPerParty) {

	public PartiesProperties {
		thresholds = (thresholds != null) ? Map.copyOf(thresholds) : Map.of();
		if (holdThreshold < reviewThreshold) {
			throw new IllegalArgumentException("shipscreen.parties.hold-threshold (" + holdThreshold
					+ ") must not be below review-threshold (" + reviewThreshold + ")");
		}
		for (Map.Entry<String, Double> entry : thresholds.entrySet()) {
			if (SourceList.byCode(entry.getKey()) == SourceList.OTHER && !entry.getKey().equalsIgnoreCase("OTHER")) {
				throw new IllegalArgumentException(
						"shipscreen.parties.thresholds: unknown list code '" + entry.getKey() + "'");
			}
			if (entry.getValue() < 0.5 || entry.getValue() > 1.0) {
				throw new IllegalArgumentException(
						"shipscreen.parties.thresholds." + entry.getKey() + " must be between 0.5 and 1.0");
			}
		}
	}

	/** The review threshold for {@code list}. */
	public double reviewThreshold(SourceList list) {
		for (Map.Entry<String, Double> entry : this.thresholds.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(list.name())) {
				return entry.getValue();
			}
		}
		return this.reviewThreshold;
	}

	/** The lowest threshold of any list: what the matcher must return. */
	public double lowestThreshold() {
		double lowest = this.reviewThreshold;
		for (double value : this.thresholds.values()) {
			lowest = Math.min(lowest, value);
		}
		return lowest;
	}

}
