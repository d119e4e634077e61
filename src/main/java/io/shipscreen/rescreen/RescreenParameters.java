package io.shipscreen.rescreen;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What identifies a re-screen: the day it runs, {@code --since}, and what it screens against
 * (the party-list snapshot id and the policy set's hash), plus a rerun number. A refresh that
 * installs a newer list therefore makes the next {@code rescreen} a new run by itself; the same
 * command after a failure restarts the failed one from its last committed chunk.
 *
 * @param date the day of the re-screen (names the workbook)
 * @param since the earliest order date re-screened
 * @param lists the party-list snapshot id screened against
 * @param policies the policy set's SHA-256 screened against
 * @param rerun 0 for the first run with these parameters, then 1, 2, ... ({@code --rerun})
 * @param output where the workbook goes (not identifying)
 */
public record RescreenParameters(LocalDate date, LocalDate since, String lists, String policies, long rerun,
		Path output) {

	/** {@code --since} not given: every stored transaction. */
	public static final LocalDate EVERY_ORDER = LocalDate.of(1990, 1, 1);

	public RescreenParameters withRerun(long number) {
		return new RescreenParameters(this.date, this.since, this.lists, this.policies, number, this.output);
	}

	public JobParameters toJobParameters() {
		return new JobParametersBuilder().addLocalDate("rescreenDate", this.date)
			.addLocalDate("since", this.since)
			.addString("lists", this.lists)
			.addString("policies", this.policies)
			.addLong("rerun", this.rerun)
			.addString("output", this.output.toAbsolutePath().normalize().toString(), false)
			.toJobParameters();
	}

	public static RescreenParameters from(JobParameters parameters) {
		return new RescreenParameters(parameters.getLocalDate("rescreenDate"), parameters.getLocalDate("since"),
				parameters.getString("lists"), parameters.getString("policies"), parameters.getLong("rerun"),
				Path.of(parameters.getString("output")));
	}

	public String describe() {
		return this.date + " since " + this.since + " (lists " + this.lists + ")"
				+ ((this.rerun > 0) ? " rerun " + this.rerun : "");
	}

	public static Path fileFor(Path output, LocalDate date) {
		return output.resolve("rescreen-" + date + ".xlsx");
	}

}
