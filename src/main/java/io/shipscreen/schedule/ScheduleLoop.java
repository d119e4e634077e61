package io.shipscreen.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.shipscreen.cli.CommandDispatcher;
import io.shipscreen.job.RunRefusedException;

/**
 * Stays up and launches one night per firing of the schedule, one at a time: a run still going
 * when the next firing comes makes that firing skipped (logged), never a second run; a night
 * another process is running, or has completed, is refused by the launcher (logged) and the loop
 * waits for the next firing. A failed night is left for the operator (its failure summary says
 * how to resume), and the next night still runs.
 */
public class ScheduleLoop {

	private static final Logger log = LoggerFactory.getLogger(ScheduleLoop.class);

	/** Launches the night with this run date, synchronously; returns its final status. */
	@FunctionalInterface
	public interface NightLauncher {

		String launch(LocalDate runDate) throws Exception;

	}

	/** Waits until an instant (a test moves a clock instead). */
	@FunctionalInterface
	public interface Sleeper {

		void sleepUntil(Instant instant) throws InterruptedException;

	}

	private final NightlySchedule schedule;

	private final NightLauncher launcher;

	private final Clock clock;

	private final Sleeper sleeper;

	public ScheduleLoop(NightlySchedule schedule, NightLauncher launcher, Clock clock, Sleeper sleeper) {
		this.schedule = schedule;
		this.launcher = launcher;
		this.clock = clock;
		this.sleeper = sleeper;
	}

	/** A sleeper on the real clock (in steps, so a changed system clock is noticed). */
	public static Sleeper realSleeper(Clock clock) {
		return (instant) -> {
			for (Duration left = Duration.between(clock.instant(), instant); !left.isNegative()
					&& !left.isZero(); left = Duration.between(clock.instant(), instant)) {
				Thread.sleep(Math.min(left.toMillis() + 1, 60_000));
			}
		};
	}

	/** Runs {@code firings} firings ({@code Long.MAX_VALUE}: until the process is stopped). */
	public void run(long firings) throws InterruptedException {
		NightlySchedule.Firing next = this.schedule.next(this.clock.instant());
		for (long done = 0; done < firings; done++) {
			log.info("schedule next={} runDate={}", next.at(), next.runDate());
			this.sleeper.sleepUntil(next.at().toInstant());
			launch(next);
			NightlySchedule.Firing following = this.schedule.next(next.at().toInstant());
			Instant now = this.clock.instant();
			while (following.at().toInstant().isBefore(now)) {
				log.warn("schedule skipped={} runDate={} reason='the previous run was still running'", following.at(),
						following.runDate());
				following = this.schedule.next(following.at().toInstant());
			}
			next = following;
		}
	}

	private void launch(NightlySchedule.Firing firing) {
		try {
			String status = this.launcher.launch(firing.runDate());
			log.info("schedule firing={} runDate={} status={}", firing.at(), firing.runDate(), status);
		}
		catch (RunRefusedException ex) {
			log.warn("schedule firing={} runDate={} refused='{}'", firing.at(), firing.runDate(), ex.getMessage());
		}
		catch (Exception ex) {
			log.error("schedule firing={} runDate={} failed='{}'", firing.at(), firing.runDate(),
					CommandDispatcher.oneLine(ex), ex);
		}
	}

}
