package io.shipscreen.screening;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the screener ({@code shipscreen.screening.*}).
 *
 * @param passThrough run no check at all (every row CLEAR): only for the benchmark's baseline,
 * which measures the same reader and writer without screening; never in production
 * @param threads how many threads screen the rows of a chunk (reading and writing stay on one
 * thread, in order); {@code 0} means one per available processor. With more than one,
 * {@code DIVERSION-VOLUME} compares a row with the customer's lines of earlier chunks only
 * (deterministic whatever the thread timing); with one it also sees the earlier rows of its chunk
 */
@Validated
@ConfigurationProperties("shipscreen.screening")
public record ScreeningProperties(@DefaultValue("false") boolean passThrough,
		@DefaultValue("1") @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(64) int threads) {

	/** The thread count to use: {@link #threads()}, or the number of processors when 0. */
	public int effectiveThreads() {
		return (this.threads > 0) ? this.threads : Runtime.getRuntime().availableProcessors();
	}

}
