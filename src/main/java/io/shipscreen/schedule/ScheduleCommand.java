package io.shipscreen.schedule;

import java.time.Clock;

import org.springframework.stereotype.Component;

import io.shipscreen.cli.Command;
import io.shipscreen.cli.CommandException;
import io.shipscreen.cli.CommandLine;
import io.shipscreen.cli.CommandOptions;
import io.shipscreen.cli.ExitCodes;
import io.shipscreen.job.ScreenCommand;
import io.shipscreen.job.NightlyRunLauncher;
import io.shipscreen.job.RunParameters;

/**
 * {@code schedule}: stays up and launches the nightly run at each firing of
 * {@code shipscreen.schedule.cron} (in {@code shipscreen.schedule.zone}), with the options of
 * {@code screen} except {@code --run-date}, which is the date of each firing. For deployments
 * without cron, systemd timers or Kubernetes CronJobs (config/deploy/ has those).
 */
@Component
public class ScheduleCommand implements Command {

	private final ScheduleProperties properties;

	private final ScreenCommand screen;

	private final NightlyRunLauncher launcher;

	public ScheduleCommand(ScheduleProperties properties, ScreenCommand screen, NightlyRunLauncher launcher) {
		this.properties = properties;
		this.screen = screen;
		this.launcher = launcher;
	}

	@Override
	public String name() {
		return "schedule";
	}

	@Override
	public String usage() {
		return "schedule [screen options except --run-date]   stay up; screen each night at shipscreen.schedule.cron";
	}

	/** {@code screen}'s options; {@code --run-date} and {@code --rerun} are refused with a reason in {@link #run}. */
	@Override
	public CommandOptions options() {
		return ScreenCommand.OPTIONS;
	}

	@Override
	public int run(CommandLine commandLine) throws Exception {
		if (commandLine.option("run-date").isPresent() || commandLine.flag("rerun")) {
			throw new CommandException("--run-date and --rerun do not apply to schedule: each firing screens its "
					+ "own night", ExitCodes.USAGE);
		}
		RunParameters base = this.screen.parameters(commandLine);
		NightlySchedule schedule = this.properties.schedule();
		Clock clock = Clock.system(schedule.zone());
		System.out.printf("shipscreen schedule: '%s' in %s, next run %s; screening %s %s%n", this.properties.cron(),
				schedule.zone(), schedule.next(clock.instant()).at(), base.source(), base.input());
		ScheduleLoop loop = new ScheduleLoop(schedule, (runDate) -> this.launcher
			.launch(new RunParameters(runDate, base.source(), base.input(), base.policy(), 0, base.output()), false)
			.getStatus()
			.name(), clock, ScheduleLoop.realSleeper(clock));
		loop.run(Long.MAX_VALUE);
		return ExitCodes.OK;
	}

}
