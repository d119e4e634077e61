package io.shipscreen.licence;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Licence register settings ({@code shipscreen.licences.*}).
 *
 * @param register register files or folders (the {@code --licences} option replaces them); a
 * missing folder means no register
 * @param reviewAt the share of a licence's quantity or value limit from which a line that still
 * fits is REVIEW: the licence is nearly used up
 */
@Validated
@ConfigurationProperties("shipscreen.licences")
public record LicencesProperties(@DefaultValue("config/licences") @NotNull List<String> register,
		@DefaultValue("0.90") @DecimalMin("0.0") @DecimalMax("1.0") BigDecimal reviewAt) {
}
