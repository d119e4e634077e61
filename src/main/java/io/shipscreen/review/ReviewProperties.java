package io.shipscreen.review;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Review import settings ({@code shipscreen.review.*}).
 *
 * @param folder where reviewers drop filled-in flagged workbooks; the nightly run imports every
 * {@code .xlsx} in it before screening
 * @param importedFolder where an imported workbook is moved (relative to {@code folder} unless
 * absolute), so that it is imported once
 */
@Validated
@ConfigurationProperties("shipscreen.review")
public record ReviewProperties(@DefaultValue("input/reviews") @NotBlank String folder,
		@DefaultValue("imported") @NotBlank String importedFolder) {
}
