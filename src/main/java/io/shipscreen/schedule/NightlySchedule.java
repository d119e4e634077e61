package io.shipscreen.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.scheduling.support.CronExpression;

/**
 * The nights of a cron expression read in one time zone: when the next one fires, and which
 * night it screens (the date of the firing in that zone, as {@code screen} without
 * {@code --run-date} would take it at that moment).
 */
public record NightlySchedule(CronExpression cron, ZoneId zone) {

	/** A firing: its time and the run date it screens. */
	public record Firing(ZonedDateTime at, LocalDate runDate) {
	}

	/** The first firing strictly after {@code after}. */
	public Firing next(Instant after) {
		ZonedDateTime at = this.cron.next(after.atZone(this.zone));
		if (at == null) {
			throw new IllegalStateException("cron '" + this.cron + "' never fires again");
		}
		return new Firing(at, at.toLocalDate());
	}

}
