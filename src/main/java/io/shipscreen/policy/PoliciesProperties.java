package io.shipscreen.policy;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where policies and the product catalogue live ({@code shipscreen.policies.*}).
 *
 * @param dir folder of policy files; every {@code *.yml} in it is loaded
 * @param catalogue the product catalogue (part-number patterns → TPP, PD, ECCN)
 * @param customerHistorySize how many customers' order history DIVERSION-VOLUME keeps in memory
 * (least recently seen dropped first)
 */
@ConfigurationProperties("shipscreen.policies")
@Validated
public record PoliciesProperties(@DefaultValue("config/policies") @NotBlank String dir,
		@DefaultValue("config/catalogue/chips.yml") @NotBlank String catalogue,
		@DefaultValue("100000") @Min(100) int customerHistorySize) {
}
