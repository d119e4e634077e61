package io.shipscreen.ownership;

import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Ownership screening settings ({@code shipscreen.ownership.*}).
 *
 * @param register register files or folders ({@code .csv}/{@code .xlsx}, one level deep); the
 * {@code --ownership} option replaces them; an empty list screens without a register
 * @param rules the ownership rules file (which lists reach owned companies, and from when)
 * @param maxCandidates listed names scored per owner name (an owner counts as listed only on a
 * strong match, which is always among the first few candidates)
 */
@Validated
@ConfigurationProperties("shipscreen.ownership")
public record OwnershipProperties(@DefaultValue("config/ownership") List<String> register,
		@DefaultValue("config/ownership/rules.yml") @NotBlank String rules,
		@DefaultValue("10") @Min(1) int maxCandidates) {

	public OwnershipProperties {
		register = (register != null) ? List.copyOf(register) : List.of();
	}

}
