package io.shipscreen.job;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What identifies a nightly run (docs/contract.md §4): run date, source, input and policy, plus the
 * rerun number ({@code 0} for the night's first run; {@code --rerun} screens it again as run
 * 1, 2, ...). No incrementer: the same parameters again restart a failed run.
 *
 * @param runDate the night being screened
 * @param source {@code excel} or {@code db}
 * @param input the absolute input path, or the table name for {@code db}
 * @param policy a policy id (what-if), or {@link #BY_ORDER_DATE}
 * @param rerun the rerun number
 * @param output where the workbooks go (not identifying: moving the output folder does not
 * make a new run)
 */
public record RunParameters(LocalDate runDate, String source, String input, String policy, long rerun,
		Path output) {

	public static final String BY_ORDER_DATE = "by-order-date";

	public static final String SOURCE_EXCEL = "excel";

	public static final String SOURCE_DB = "db";

	public static final String TABLE = "export_transaction";

	public RunParameters withRerun(long rerun) {
		return new RunParameters(this.runDate, this.source, this.input, this.policy, rerun, this.output);
	}

	public boolean forcedPolicy() {
		return !BY_ORDER_DATE.equals(this.policy);
	}

	public JobParameters toJobParameters() {
		return new JobParametersBuilder().addLocalDate("runDate", this.runDate)
			.addString("source", this.source)
			.addString("input", this.input)
			.addString("policy", this.policy)
			.addLong("rerun", this.rerun)
			.addString("output", this.output.toAbsolutePath().normalize().toString(), false)
			.toJobParameters();
	}

	public static RunParameters from(JobParameters parameters) {
		return new RunParameters(parameters.getLocalDate("runDate"), parameters.getString("source"),
				parameters.getString("input"), parameters.getString("policy"), parameters.getLong("rerun"),
				Path.of(parameters.getString("output")));
	}

	/** How the operator names this run: {@code 2026-11-30 excel /data/input (by-order-date)}. */
	public String describe() {
		return this.runDate + " " + this.source + " " + this.input + " (" + this.policy + ")"
				+ ((this.rerun > 0) ? " rerun " + this.rerun : "");
	}

}
