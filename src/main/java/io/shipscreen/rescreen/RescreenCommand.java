package io.shipscreen.rescreen;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.shipscreen.cli.Command;
import io.shipscreen.cli.CommandDispatcher;
import io.shipscreen.cli.CommandException;
import io.shipscreen.cli.CommandLine;
import io.shipscreen.cli.CommandOptions;
import io.shipscreen.cli.ExitCodes;
import io.shipscreen.job.RunRefusedException;
import io.shipscreen.parties.ListAges;
import io.shipscreen.parties.PartyListSnapshot;
import io.shipscreen.result.RunRepository;
import io.shipscreen.screening.PolicyRunFacts;

/**
 * {@code rescreen [--since=yyyy-MM-dd] [--output=DIR] [--rerun]}: screens the latest stored
 * screening of every transaction ordered on or after {@code --since} again, against the lists
 * and policies installed now, and writes {@code rescreen-<today>.xlsx} with every transaction
 * whose decision changed. Exit codes as for {@code screen}: 0 completed, 1 failed (the same
 * command resumes it), 2 bad option, 3 refused.
 */
@Component
public class RescreenCommand implements Command {

	private final RescreenLauncher launcher;

	/** Taken when a re-screen runs: `help` and the operator commands never load the lists for it. */
	private final ObjectProvider<PartyListSnapshot> lists;

	private final ObjectProvider<PolicyRunFacts> policies;

	private final ObjectProvider<ListAges> ages;

	private final RunRepository runs;

	private final JdbcTemplate jdbc;

	public RescreenCommand(RescreenLauncher launcher, ObjectProvider<PartyListSnapshot> lists,
			ObjectProvider<PolicyRunFacts> policies, ObjectProvider<ListAges> ages, RunRepository runs, JdbcTemplate jdbc) {
		this.launcher = launcher;
		this.lists = lists;
		this.policies = policies;
		this.ages = ages;
		this.runs = runs;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "rescreen";
	}

	@Override
	public String usage() {
		return "rescreen [--since=yyyy-MM-dd] [--output=DIR] [--rerun]   screen stored transactions again against "
				+ "the lists and policies installed now; rescreen-<today>.xlsx lists every changed decision";
	}

	@Override
	public CommandOptions options() {
		return CommandOptions.of(
				"since",
				"output",
				"rerun",
				"lists",
				"ownership",
				"licences");
	}

	@Override
	public int run(CommandLine commandLine) throws Exception {
		LocalDate today = LocalDate.now();
		LocalDate since = commandLine.option("since").map(RescreenCommand::date).orElse(RescreenParameters.EVERY_ORDER);
		Path output = Path.of(commandLine.option("output").orElse("output"));
		ListAges ages = this.ages.getObject();
		String stale = ages.staleLine(today);
		if (stale != null && ages.failsWhenStale()) {
			throw new CommandException("refused to rescreen: " + stale + " (shipscreen.parties.stale=fail)",
					ExitCodes.FAILED);
		}
		String policySet = this.policies.getObject().runFacts().getOrDefault("Policy set SHA-256", "unknown");
		RescreenParameters parameters = new RescreenParameters(today, since, this.lists.getObject().id(),
				policySet.substring(0, Math.min(16, policySet.length())), 0, output);
		JobExecution execution;
		try {
			execution = this.launcher.launch(parameters, commandLine.flag("rerun"));
		}
		catch (RunRefusedException ex) {
			throw new CommandException(ex.getMessage(), ExitCodes.REFUSED);
		}
		RescreenParameters run = RescreenParameters.from(execution.getJobParameters());
		long runId = execution.getJobInstance().getInstanceId();
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			String reason = execution.getAllFailureExceptions()
				.stream()
				.map(CommandDispatcher::oneLine)
				.distinct()
				.collect(Collectors.joining("; "));
			throw new CommandException("rescreen " + run.describe() + " " + execution.getStatus().name().toLowerCase()
					+ ": " + (reason.isEmpty() ? execution.getExitStatus().getExitDescription() : reason)
					+ " — fix the cause and run the same command again to resume", ExitCodes.FAILED);
		}
		Map<String, Long> decisions = this.runs.decisionCounts(runId);
		long screened = decisions.values().stream().mapToLong(Long::longValue).sum();
		String changes = this.jdbc
			.query("""
					SELECT c.previous_decision, r.decision, COUNT(*) FROM rescreen_change c
					JOIN screening_result r ON r.run_id = c.run_id AND r.transaction_id = c.transaction_id
					WHERE c.run_id = ? GROUP BY c.previous_decision, r.decision ORDER BY 1, 2
					""", (rs, row) -> rs.getString(1) + "→" + rs.getString(2) + " " + rs.getLong(3), runId)
			.stream()
			.collect(Collectors.joining(", "));
		long changed = this.jdbc.queryForObject("SELECT COUNT(*) FROM rescreen_change WHERE run_id = ?", Long.class,
				runId);
		System.out.printf("shipscreen: rescreen run %d (%s) completed: %d re-screened (CLEAR %d, REVIEW %d, HOLD %d), "
				+ "%d decisions changed%s, %d rejected%n  %s%n", runId, run.describe(), screened, decisions.get("CLEAR"),
				decisions.get("REVIEW"), decisions.get("HOLD"), changed, changes.isEmpty() ? "" : " (" + changes + ")",
				this.runs.rejectedRows(runId), RescreenParameters.fileFor(run.output(), run.date()));
		if (stale != null) {
			System.out.println("  WARNING " + stale);
		}
		return ExitCodes.OK;
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new CommandException("--since must be yyyy-MM-dd, not '" + text + "'", ExitCodes.USAGE);
		}
	}

}
