package io.shipscreen.job;

import java.time.Duration;

import org.springframework.stereotype.Component;

import io.shipscreen.cli.Command;
import io.shipscreen.cli.CommandLine;
import io.shipscreen.cli.ExitCodes;
import io.shipscreen.job.RunOperations.RunSummary;

/** {@code runs [--last=N]}: recent executions of the nightly job, newest first. */
@Component
public class RunsCommand implements Command {

	private final RunOperations operations;

	public RunsCommand(RunOperations operations) {
		this.operations = operations;
	}

	@Override
	public String name() {
		return "runs";
	}

	@Override
	public String usage() {
		return "runs [--last=N]   recent executions: id, run date, status, counts, duration, failure";
	}

	@Override
	public int run(CommandLine commandLine) {
		int last = commandLine.option("last").map(Integer::parseInt).orElse(20);
		System.out.printf("%-6s %-5s %-10s %-6s %-24s %-9s %9s %9s %8s %9s  %s%n", "EXEC", "RUN", "RUN-DATE",
				"SOURCE", "POLICY", "STATUS", "READ", "WRITTEN", "SKIPPED", "DURATION", "FAILURE / INPUT");
		for (RunSummary run : this.operations.recent(last)) {
			System.out.printf("%-6d %-5d %-10s %-6s %-24s %-9s %9d %9d %8d %9s  %s%n", run.executionId(), run.runId(),
					run.parameters().runDate(), run.parameters().source(), policy(run), run.status(), run.read(),
					run.written(), run.skipped(), duration(run.duration()),
					run.failure().isEmpty() ? run.parameters().input() : run.failure());
		}
		return ExitCodes.OK;
	}

	private static String policy(RunSummary run) {
		String policy = run.parameters().policy();
		return (run.parameters().rerun() > 0) ? policy + " r" + run.parameters().rerun() : policy;
	}

	static String duration(Duration duration) {
		long seconds = duration.toSeconds();
		return (seconds >= 60) ? (seconds / 60) + "m" + String.format("%02d", seconds % 60) + "s"
				: String.format("%.1fs", duration.toMillis() / 1000.0);
	}

}
