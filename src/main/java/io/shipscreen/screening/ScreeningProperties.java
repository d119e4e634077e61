package io.shipscreen.screening;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Settings of the screener ({@code shipscreen.screening.*}).
 *
 * @param passThrough run no check at all (every row CLEAR): only for the benchmark's baseline,
 * which measures the same reader and writer without screening; never in production
 * @param screenAhead how many chunks of rows one thread reads and screens ahead of the chunk being
 * written, so screening overlaps the database's writing; {@code 0} screens on the step's thread.
 * The rows are screened in order either way, so the results are the same.
 */
@Validated
@ConfigurationProperties("shipscreen.screening")
public record ScreeningProperties(@DefaultValue("false") boolean passThrough,
		@DefaultValue("2") @Min(0) @Max(16) int screenAhead) {

}
