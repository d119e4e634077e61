package io.shipscreen.schedule;

import java.time.ZoneId;
import java.time.DateTimeException;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * When {@code schedule} launches the nightly run ({@code shipscreen.schedule.*}). Checked at
 * start, so a typo fails the start with one line instead of a night that never runs.
 *
 * @param cron Spring cron expression, six fields (second minute hour day-of-month month
 * day-of-week), e.g. {@code 0 0 2 * * *} for 02:00 every day
 * @param zone IANA time zone the expression is read in (e.g. {@code Europe/Berlin}); blank: the
 * machine's zone
 */
@Validated
@ConfigurationProperties("shipscreen.schedule")
public record ScheduleProperties(@DefaultValue("0 0 2 * * *") @NotBlank String cron, @DefaultValue("") String zone) {

	public ScheduleProperties {
		if (cron != null && !CronExpression.isValidExpression(cron)) {
			throw new IllegalArgumentException("shipscreen.schedule.cron '" + cron + "' is not a cron expression "
					+ "(six fields: second minute hour day-of-month month day-of-week, e.g. '0 0 2 * * *')");
		}
		if (zone != null && !zone.isBlank()) {
			try {
				ZoneId.of(zone);
			}
			catch (DateTimeException ex) {
				throw new IllegalArgumentException("shipscreen.schedule.zone '" + zone
						+ "' is not a time zone (use an IANA name such as Europe/Berlin or UTC)");
			}
		}
	}

	public ZoneId zoneId() {
		return (this.zone == null || this.zone.isBlank()) ? ZoneId.systemDefault() : ZoneId.of(this.zone);
	}

	public NightlySchedule schedule() {
		return new NightlySchedule(CronExpression.parse(this.cron), zoneId());
	}

}
