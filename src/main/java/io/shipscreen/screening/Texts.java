package io.shipscreen.screening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Formatting shared by the rule checks' reasons and evidence (numbers with grouping, country names). */
final class Texts {

	private Texts() {
	}

	/**
	 * {@code 28497600} → {@code 28,497,600}; {@code 5.9200} → {@code 5.92}; at most two decimals,
	 * half up. Grouped by hand: reasons quote numbers on every hit, and {@code String.format} was a
	 * visible share of screening time.
	 */
	static String number(BigDecimal value) {
		if (value == null) {
			return "unknown";
		}
		BigDecimal stripped = value.stripTrailingZeros();
		int scale = Math.max(0, Math.min(stripped.scale(), 2));
		return grouped(stripped.setScale(scale, RoundingMode.HALF_UP).toPlainString());
	}

	static String number(long value) {
		return grouped(Long.toString(value));
	}

	/** Thousands separators in the integer part of a plain decimal string. */
	private static String grouped(String plain) {
		int start = plain.startsWith("-") ? 1 : 0;
		int dot = plain.indexOf('.');
		int end = (dot < 0) ? plain.length() : dot;
		StringBuilder out = new StringBuilder(plain.length() + (end - start) / 3);
		out.append(plain, 0, start);
		for (int i = start; i < end; i++) {
			if (i > start && (end - i) % 3 == 0) {
				out.append(',');
			}
			out.append(plain.charAt(i));
		}
		return out.append(plain, end, plain.length()).toString();
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
