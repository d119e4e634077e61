package io.shipscreen.ownership;

/**
 * A register row that was not used (or used with a caveat), and why.
 *
 * @param file the register file (file name)
 * @param row the row (1 = the header)
 * @param reason one plain-English sentence
 */
public record RegisterProblem(String file, long row, String reason) {

	@Override
	public String toString() {
		return this.file + " row " + this.row + ": " + this.reason;
	}

}
