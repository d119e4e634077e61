package io.shipscreen.licence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Units and dollars as the reasons and the sheet write them: grouped, at most two decimals. */
final class Numbers {

	private Numbers() {
	}

	static String units(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	static String usd(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		int scale = Math.max(0, Math.min(stripped.scale(), 2));
		return String.format(Locale.ROOT, "%,." + scale + "f", stripped.setScale(scale, RoundingMode.HALF_UP));
	}

}
