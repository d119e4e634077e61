package io.shipscreen.licence;

import java.math.BigDecimal;

/** Units and value drawn on a licence (before a line, by a line, or in all). */
public record LicenceUse(long quantity, BigDecimal valueUsd) {

	public static final LicenceUse NONE = new LicenceUse(0, BigDecimal.ZERO);

	public LicenceUse plus(LicenceUse other) {
		return new LicenceUse(this.quantity + other.quantity, this.valueUsd.add(other.valueUsd));
	}

}
