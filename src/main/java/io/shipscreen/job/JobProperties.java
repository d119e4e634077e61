package io.shipscreen.job;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the nightly job ({@code shipscreen.*}).
 *
 * @param chunkSize rows per chunk: one database transaction, one restart point
 * @param rejectLimit the run fails when more input rows than this are rejected ({@code -1}: no limit)
 * @param progressInterval how often a long run logs its progress
 * @param sheetRowLimit data rows per flagged-workbook sheet before it continues on a new sheet
 * @param stopTimeout how long SIGTERM waits for the running chunk to commit before the JVM exits
 * (keep it below the deployment's grace period: Kubernetes {@code terminationGracePeriodSeconds},
 * systemd {@code TimeoutStopSec})
 */
@Validated
@ConfigurationProperties("shipscreen")
public record JobProperties(@DefaultValue("1000") @Min(1) @Max(100_000) int chunkSize,
		@DefaultValue("-1") @Min(-1) long rejectLimit, @DefaultValue("10s") @NotNull Duration progressInterval,
		@DefaultValue("1000000") @Min(10) @Max(1_048_575) int sheetRowLimit,
		@DefaultValue("90s") @NotNull Duration stopTimeout) {
}
