package io.shipscreen.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.DefaultApplicationArguments;

import io.shipscreen.cli.CommandException;
import io.shipscreen.cli.CommandLine;
import io.shipscreen.cli.ExitCodes;
import io.shipscreen.job.RunRefusedException;
import io.shipscreen.schedule.ScheduleCommand;
import io.shipscreen.schedule.NightlySchedule;
import io.shipscreen.schedule.ScheduleLoop;
import io.shipscreen.schedule.ScheduleProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code schedule}: which nights it launches, and when, on a clock the test moves. */
class ScheduleTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Test
	void launchesEachNightAtTheCronTimeInItsZoneWithThatNightsDate() throws Exception {
		// given: 02:00 Berlin time, and it is 23:00 Berlin time on 30 November
		MovableClock clock = new MovableClock(ZonedDateTime.of(2026, 11, 30, 23, 0, 0, 0, BERLIN).toInstant());
		List<String> launches = new ArrayList<>();
		ScheduleLoop loop = new ScheduleLoop(new ScheduleProperties("0 0 2 * * *", "Europe/Berlin").schedule(),
				(runDate) -> {
					launches.add(clock.instant().atZone(BERLIN).toLocalDateTime() + " " + runDate);
					return "COMPLETED";
				}, clock, clock::moveTo);

		// when
		loop.run(3);

		// then
		assertThat(launches).containsExactly("2026-12-01T02:00 2026-12-01", "2026-12-02T02:00 2026-12-02",
				"2026-12-03T02:00 2026-12-03");
	}

	@Test
	void aRunStillGoingAtTheNextFiringSkipsThatFiringInsteadOfOverlapping() throws Exception {
		// given: every hour; the first run takes 2.5 hours
		MovableClock clock = new MovableClock(Instant.parse("2026-12-01T00:30:00Z"));
		List<String> launches = new ArrayList<>();
		ScheduleLoop loop = new ScheduleLoop(new ScheduleProperties("0 0 * * * *", "UTC").schedule(), (runDate) -> {
			launches.add(clock.instant().toString());
			if (launches.size() == 1) {
				clock.moveTo(clock.instant().plus(Duration.ofMinutes(150)));
			}
			return "COMPLETED";
		}, clock, clock::moveTo);

		// when
		loop.run(2);

		// then: 02:00 and 03:00 were skipped while the 01:00 run went on; never two at once
		assertThat(launches).containsExactly("2026-12-01T01:00:00Z", "2026-12-01T04:00:00Z");
	}

	@Test
	void aRefusedOrFailedNightDoesNotStopTheSchedule() throws Exception {
		MovableClock clock = new MovableClock(Instant.parse("2026-12-01T12:00:00Z"));
		List<LocalDate> attempted = new ArrayList<>();
		ScheduleLoop loop = new ScheduleLoop(new ScheduleProperties("0 0 2 * * *", "UTC").schedule(), (runDate) -> {
			attempted.add(runDate);
			if (attempted.size() == 1) {
				throw new RunRefusedException("run " + runDate + " is already running (process 42@host)");
			}
			if (attempted.size() == 2) {
				throw new IllegalStateException("database unreachable");
			}
			return "COMPLETED";
		}, clock, clock::moveTo);

		loop.run(3);

		assertThat(attempted).containsExactly(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3),
				LocalDate.of(2026, 12, 4));
	}

	@Test
	void theNightIsTheDateOfTheFiringInTheConfiguredZone() {
		NightlySchedule schedule = new ScheduleProperties("0 30 1 * * *", "Asia/Tokyo").schedule();

		// 20:00 UTC on 30 November is 05:00 on 1 December in Tokyo: the next firing is 01:30 on 2 December
		NightlySchedule.Firing next = schedule.next(Instant.parse("2026-11-30T20:00:00Z"));

		assertThat(next.at().toLocalDateTime()).hasToString("2026-12-02T01:30");
		assertThat(next.runDate()).isEqualTo(LocalDate.of(2026, 12, 2));
	}

	@Test
	void aBadCronOrZoneIsRefusedWithOneLineNamingTheSetting() {
		assertThatThrownBy(() -> new ScheduleProperties("0 2 * * *", "UTC"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("shipscreen.schedule.cron '0 2 * * *' is not a cron expression (six fields");
		assertThatThrownBy(() -> new ScheduleProperties("0 0 2 * * *", "Mars/Olympus"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("shipscreen.schedule.zone 'Mars/Olympus' is not a time zone (use an IANA name such as "
					+ "Europe/Berlin or UTC)");
	}

	@Test
	void scheduleRefusesOptionsThatWouldPinEveryFiringToOneNight() {
		ScheduleCommand command = new ScheduleCommand(new ScheduleProperties("0 0 2 * * *", "UTC"), null, null);

		for (String option : List.of("--run-date=2026-11-30", "--rerun")) {
			CommandLine line = new CommandLine("schedule", List.of(),
					new DefaultApplicationArguments("schedule", option));
			assertThatThrownBy(() -> command.run(line)).isInstanceOf(CommandException.class)
				.hasMessage("--run-date and --rerun do not apply to schedule: each firing screens its own night")
				.extracting((ex) -> ((CommandException) ex).exitCode())
				.isEqualTo(ExitCodes.USAGE);
		}
	}

	/** A clock the test moves; sleeping until an instant moves it there. */
	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void moveTo(Instant instant) {
			if (instant.isAfter(this.now)) {
				this.now = instant;
			}
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
