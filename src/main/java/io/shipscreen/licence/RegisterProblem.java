package io.shipscreen.licence;

/** A register row that was not loaded, and why: what the operator fixes. */
public record RegisterProblem(String file, int row, String column, String reason) {

	@Override
	public String toString() {
		return this.file + " row " + this.row + ((this.column != null) ? " column " + this.column : "") + ": "
				+ this.reason;
	}

}
