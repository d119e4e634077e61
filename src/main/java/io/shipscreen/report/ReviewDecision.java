package io.shipscreen.report;

/** The values of the flagged workbook's {@code Reviewer decision} drop-down. */
public enum ReviewDecision {

	RELEASE("RELEASE"), CONFIRM_HOLD("CONFIRM HOLD"), FALSE_POSITIVE("FALSE POSITIVE"), ESCALATE("ESCALATE");

	private final String label;

	ReviewDecision(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The decision a reviewer typed or picked: the label in any case, with spaces, underscores or
	 * hyphens ({@code false positive}, {@code FALSE_POSITIVE}).
	 */
	public static java.util.Optional<ReviewDecision> parse(String text) {
		if (text == null) {
			return java.util.Optional.empty();
		}
		String key = text.strip().replaceAll("[\\s_-]+", " ").toUpperCase(java.util.Locale.ROOT);
		for (ReviewDecision decision : values()) {
			if (decision.label.equals(key)) {
				return java.util.Optional.of(decision);
			}
		}
		return java.util.Optional.empty();
	}

	static String[] labels() {
		ReviewDecision[] values = values();
		String[] labels = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			labels[i] = values[i].label;
		}
		return labels;
	}

}
