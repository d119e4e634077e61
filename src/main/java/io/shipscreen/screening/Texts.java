package io.shipscreen.screening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Formatting shared by the rule checks' reasons and evidence (numbers with grouping, country names). */
final class Texts {

	private Texts() {
	}

	/** {@code 28497600} → {@code 28,497,600}; {@code 5.9200} → {@code 5.92}. */
	static String number(BigDecimal value) {
		if (value == null) {
			return "unknown";
		}
		BigDecimal stripped = value.stripTrailingZeros();
		if (stripped.scale() <= 0) {
			return String.format(Locale.ENGLISH, "%,d", stripped.toBigInteger());
		}
		return String.format(Locale.ENGLISH, "%,." + Math.min(stripped.scale(), 2) + "f",
				stripped.setScale(Math.min(stripped.scale(), 2), RoundingMode.HALF_UP));
	}

	static String number(long value) {
		return String.format(Locale.ENGLISH, "%,d", value);
	}

	/** "China (CN)"; the code alone when unknown. */
	static String country(String code) {
		if (code == null) {
			return "unknown";
		}
		String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
		return (name.isEmpty() || name.equals(code)) ? code : name + " (" + code + ")";
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
