package io.shipscreen.shared;

/** How serious a hit is; the worst severity of a transaction's hits decides it. */
public enum Severity {

	/** Recorded for the audit trail (a licence on file, a cleared match); does not flag. */
	INFO,
	/** A human must look before it ships. */
	REVIEW,
	/** Must not ship without a licence or a documented release. */
	HOLD;

	public Decision decision() {
		return switch (this) {
			case INFO -> Decision.CLEAR;
			case REVIEW -> Decision.REVIEW;
			case HOLD -> Decision.HOLD;
		};
	}

}
