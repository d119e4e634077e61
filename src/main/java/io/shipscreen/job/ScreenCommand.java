package io.shipscreen.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.shipscreen.cli.CommandOptions;
import io.shipscreen.cli.Command;
import io.shipscreen.cli.CommandDispatcher;
import io.shipscreen.cli.CommandException;
import io.shipscreen.cli.CommandLine;
import io.shipscreen.cli.ExitCodes;
import io.shipscreen.parties.ListAges;
import io.shipscreen.policy.Policy;
import io.shipscreen.policy.PolicyCatalog;
import io.shipscreen.report.FlaggedWorkbookWriter;
import io.shipscreen.report.SummaryWorkbookWriter;
import io.shipscreen.result.RunRepository;
import io.shipscreen.screening.ScreeningChecksFacts;

/**
 * {@code screen} (the default command): the nightly screening run with the options of
 * docs/contract.md §4. Exit 0 when the run completed (flags or not), 1 when it failed (the same
 * command resumes it), 2 for a bad option, 3 when refused.
 */
@Component
public class ScreenCommand implements Command {

	private final NightlyRunLauncher launcher;

	/** Loaded when a run is planned: `help` and the operator commands never read the policies for it. */
	private final ObjectProvider<PolicyCatalog> policies;

	private final RunRepository runs;

	private final ScreeningChecksFacts checks;

	/** Ages of the loaded lists, for the stale-list warning; loaded only by a run. */
	private final ObjectProvider<ListAges> listAges;

	public ScreenCommand(NightlyRunLauncher launcher, ObjectProvider<PolicyCatalog> policies, RunRepository runs,
			ScreeningChecksFacts checks, ObjectProvider<ListAges> listAges) {
		this.launcher = launcher;
		this.policies = policies;
		this.runs = runs;
		this.checks = checks;
		this.listAges = listAges;
	}

	@Override
	public String name() {
		return "screen";
	}

	@Override
	public String usage() {
		return "screen [--input=PATH] [--source=excel|db] [--output=DIR] [--run-date=yyyy-MM-dd] [--policy=ID] "
				+ "[--lists=PATH,...] [--ownership=PATH,...] [--licences=PATH,...] [--rerun]   the nightly screening run (default command)";
	}

	/** CONTRACT.md §4; {@code schedule} takes the same. */
	public static final CommandOptions OPTIONS = CommandOptions.of(
			"input",
			"source",
			"output",
			"run-date",
			"policy",
			"lists",
			"ownership",
			"licences",
			"rerun");

	@Override
	public CommandOptions options() {
		return OPTIONS;
	}

	@Override
	public int run(CommandLine commandLine) throws Exception {
		if (!commandLine.arguments().isEmpty()) {
			// `screen 2026-11-29` would otherwise screen today
			throw new CommandException("unexpected argument '" + commandLine.arguments().get(0)
					+ "': screen takes only options (" + OPTIONS.describe() + ")", ExitCodes.USAGE);
		}
		RunParameters parameters = parameters(commandLine);
		ListAges ages = this.listAges.getObject();
		String stale = ages.staleLine(parameters.runDate());
		if (stale != null && ages.failsWhenStale()) {
			throw new CommandException("refused to screen: " + stale + " (shipscreen.parties.stale=fail)",
					ExitCodes.FAILED);
		}
		JobExecution execution;
		try {
			execution = this.launcher.launch(parameters, commandLine.flag("rerun"));
		}
		catch (RunRefusedException ex) {
			throw new CommandException(ex.getMessage(), ExitCodes.REFUSED);
		}
		long runId = execution.getJobInstance().getInstanceId();
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			String reason = execution.getAllFailureExceptions()
				.stream()
				.map(CommandDispatcher::oneLine)
				.distinct()
				.collect(Collectors.joining("; "));
			throw new CommandException("run " + parameters.describe() + " " + execution.getStatus().name().toLowerCase()
					+ ": " + (reason.isEmpty() ? execution.getExitStatus().getExitDescription() : reason)
					+ " — fix the cause and run the same command again to resume", ExitCodes.FAILED);
		}
		Map<String, Long> decisions = this.runs.decisionCounts(runId);
		System.out.printf("shipscreen: run %d (%s) completed: %d screened (CLEAR %d, REVIEW %d, HOLD %d), %d rejected%n"
				+ "  %s%n  %s%n", runId, parameters.describe(),
				decisions.values().stream().mapToLong(Long::longValue).sum(), decisions.get("CLEAR"),
				decisions.get("REVIEW"), decisions.get("HOLD"), this.runs.rejectedRows(runId),
				FlaggedWorkbookWriter.fileFor(parameters.output(), parameters.runDate()),
				SummaryWorkbookWriter.fileFor(parameters.output(), parameters.runDate()));
		if (stale != null) {
			System.out.println("  WARNING " + stale);
		}
		if (this.checks.passThrough()) {
			System.out.println("  CHECKS: " + this.checks.describe());
		}
		return ExitCodes.OK;
	}

	public RunParameters parameters(CommandLine commandLine) {
		LocalDate runDate = commandLine.option("run-date").map(ScreenCommand::date).orElse(LocalDate.now());
		String source = commandLine.option("source").orElse(RunParameters.SOURCE_EXCEL);
		if (!source.equals(RunParameters.SOURCE_EXCEL) && !source.equals(RunParameters.SOURCE_DB)) {
			throw new CommandException("--source must be excel or db, not '" + source + "'", ExitCodes.USAGE);
		}
		String input = source.equals(RunParameters.SOURCE_DB) ? RunParameters.TABLE
				: Path.of(commandLine.option("input").orElse("input")).toAbsolutePath().normalize().toString();
		String policy = commandLine.option("policy").map(this::policyId).orElse(RunParameters.BY_ORDER_DATE);
		Path output = Path.of(commandLine.option("output").orElse("output"));
		return new RunParameters(runDate, source, input, policy, 0, output);
	}

	private String policyId(String id) {
		PolicyCatalog policies = this.policies.getObject();
		return policies.byId(id)
			.map(Policy::id)
			.orElseThrow(() -> new CommandException("unknown policy '" + id + "' (known: " + policies.all()
				.stream()
				.map(Policy::id)
				.collect(Collectors.joining(", ")) + ")", ExitCodes.USAGE));
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new CommandException("--run-date must be yyyy-MM-dd, not '" + text + "'", ExitCodes.USAGE);
		}
	}

}
