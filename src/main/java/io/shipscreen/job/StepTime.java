package io.shipscreen.job;

import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * How long a job execution's screening step has taken, for the run table: a restart counts its
 * own part. Public: the night's and the re-screen's report steps both record it.
 */
public final class StepTime {

	private StepTime() {
	}

	/** The step's time in this execution so far (to now while it runs); 0 when it has not run. */
	public static long millis(JobExecution jobExecution, String stepName) {
		for (StepExecution step : jobExecution.getStepExecutions()) {
			if (stepName.equals(step.getStepName()) && step.getStartTime() != null) {
				LocalDateTime end = (step.getEndTime() != null) ? step.getEndTime() : LocalDateTime.now();
				return Duration.between(step.getStartTime(), end).toMillis();
			}
		}
		return 0;
	}

}
