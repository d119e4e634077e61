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

	static String[] labels() {
		ReviewDecision[] values = values();
		String[] labels = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			labels[i] = values[i].label;
		}
		return labels;
	}

}
