package io.shipscreen.parties;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Keeping the lists current ({@code shipscreen.parties.*}, beside {@link PartiesProperties}):
 * where {@code lists refresh} downloads them from, how a download is judged, and how old a list
 * may be on the night it screens.
 *
 * @param sources named downloads, e.g. {@code csl: {url: https://...consolidated.csv, format: csl-csv}}
 * @param refreshBeforeRun refresh every source before the nightly run loads the lists (a
 * refused download keeps the installed list and the night still runs)
 * @param maxAge how old a list may be on the run date before it is reported as stale
 * @param maxAges per-list ages by list code (e.g. {@code UN: 14d}); a file is judged by the
 * strictest of its lists
 * @param stale {@code warn} (report a stale list and screen) or {@code fail} (refuse to screen)
 * @param maxDrop the largest share of entries a download may lose against the installed copy
 * @param timeout how long one download may take, connection and body
 */
@Validated
@ConfigurationProperties("shipscreen.parties")
public record ListRefreshProperties(Map<String, Source> sources, @DefaultValue("false") boolean refreshBeforeRun,
		@DefaultValue("7d") Duration maxAge, Map<String, Duration> maxAges, @DefaultValue("warn") Stale stale,
		@DefaultValue("0.2") @DecimalMin("0.0") @DecimalMax("1.0") double maxDrop,
		@DefaultValue("120s") Duration timeout) {

	/** What to do with a list older than its maximum age. */
	public enum Stale {

		WARN, FAIL

	}

	/**
	 * One download.
	 *
	 * @param url an {@code http(s)://} address or a local file; blank leaves the source out
	 * @param format the format the download must have ({@code csl-csv}, {@code csl-json},
	 * {@code ofac-sdn}, {@code ofac-alt}, {@code ofac-add}, {@code un-xml}); blank = any list format
	 */
	public record Source(String url, String format) {

		public Source {
			if (format != null && !format.isBlank()) {
				ListRefreshProperties.format(format);
			}
		}

		/** A source without a url is left out (how a default source is switched off). */
		public boolean enabled() {
			return this.url != null && !this.url.isBlank();
		}

		/** The format the download must have, or null for any. */
		public ListFormat expectedFormat() {
			return (this.format == null || this.format.isBlank()) ? null : ListRefreshProperties.format(this.format);
		}

	}

	public ListRefreshProperties {
		sources = (sources != null) ? new LinkedHashMap<>(sources) : new LinkedHashMap<>();
		maxAges = (maxAges != null) ? Map.copyOf(maxAges) : Map.of();
		for (String code : maxAges.keySet()) {
			if (SourceList.byCode(code) == SourceList.OTHER && !code.equalsIgnoreCase("OTHER")) {
				throw new IllegalArgumentException("shipscreen.parties.max-ages: unknown list code '" + code + "'");
			}
		}
		if (maxAge.isNegative() || maxAge.isZero()) {
			throw new IllegalArgumentException("shipscreen.parties.max-age must be positive, not " + maxAge);
		}
	}

	/** The maximum age of a file holding entries of these lists: the strictest that applies. */
	public Duration maxAge(Iterable<SourceList> lists) {
		Duration strictest = this.maxAge;
		for (SourceList list : lists) {
			for (Map.Entry<String, Duration> entry : this.maxAges.entrySet()) {
				if (entry.getKey().equalsIgnoreCase(list.name()) && entry.getValue().compareTo(strictest) < 0) {
					strictest = entry.getValue();
				}
			}
		}
		return strictest;
	}

	static ListFormat format(String name) {
		String key = name.trim().toLowerCase(Locale.ROOT);
		return switch (key) {
			case "csl-csv" -> ListFormat.CSL_CSV;
			case "csl-json" -> ListFormat.CSL_JSON;
			case "ofac-sdn" -> ListFormat.OFAC_SDN;
			case "ofac-alt" -> ListFormat.OFAC_ALT;
			case "ofac-add" -> ListFormat.OFAC_ADD;
			case "un-xml" -> ListFormat.UN_XML;
			default -> throw new IllegalArgumentException("shipscreen.parties.sources: unknown format '" + name
					+ "' (csl-csv, csl-json, ofac-sdn, ofac-alt, ofac-add, un-xml)");
		};
	}

}
