package io.shipscreen.job;

import java.time.Duration;

import org.springframework.stereotype.Component;

import io.shipscreen.cli.CommandOptions;
import io.shipscreen.cli.Command;
import io.shipscreen.cli.CommandLine;
import io.shipscreen.cli.ExitCodes;
import io.shipscreen.job.RunOperations.RunSummary;
import io.shipscreen.result.RunRepository.RunCounts;
import io.shipscreen.screening.ScreeningChecksFacts;

/**
 * {@code runs [--last=N]}: recent executions of the nightly job, newest first, with the rows each
 * run screened, rejected and flagged (from {@code screening_run}, so the rejects an operator must
 * look at are never hidden behind Spring Batch's skip count, which rejects do not use).
 */
@Component
public class RunsCommand implements Command {

	private static final String FORMAT = "%-6s %-5s %-10s %-6s %-24s %-9s %8s %8s %8s %8s %9s  %s%n";

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
		return "runs [--last=N]   recent executions: id, run date, status, rows screened, rejected and flagged, "
				+ "duration, failure";
	}

	@Override
	public CommandOptions options() {
		return CommandOptions.of(
				"last");
	}

	@Override
	public int run(CommandLine commandLine) {
		int last = commandLine.intOption("last", 20, 1);
		System.out.printf(FORMAT, "EXEC", "RUN", "RUN-DATE", "SOURCE", "POLICY", "STATUS", "READ", "SCREENED",
				"REJECTED", "FLAGGED", "DURATION", "FAILURE / INPUT");
		for (RunSummary run : this.operations.recent(last)) {
			RunCounts counts = run.counts().orElse(null);
			System.out.printf(FORMAT, run.executionId(), run.runId(), run.parameters().runDate(),
					run.parameters().source(), policy(run), run.status(), run.read(), count(counts, RunCounts::screened),
					count(counts, RunCounts::rejected), count(counts, RunCounts::flagged), duration(run.duration()),
					run.failure().isEmpty() ? run.parameters().input() : run.failure());
			if (counts != null) {
				counts.fact(ScreeningChecksFacts.LABEL)
					.filter(ScreeningChecksFacts::isNone)
					.ifPresent((checks) -> System.out.println("       CHECKS: " + checks));
			}
			if (!run.reviewImport().isBlank()) {
				System.out.println("       reviews: " + run.reviewImport());
			}
		}
		return ExitCodes.OK;
	}

	private static String count(RunCounts counts, java.util.function.ToLongFunction<RunCounts> count) {
		return (counts != null) ? String.valueOf(count.applyAsLong(counts)) : "-";
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
