package io.shipscreen.shared;

/** The outcome of screening one transaction (docs/contract.md §2). */
public enum Decision {

	CLEAR, REVIEW, HOLD;

	public boolean flagged() {
		return this != CLEAR;
	}

}
