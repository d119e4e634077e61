package io.shipscreen.job;

import java.util.function.LongFunction;

import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;

/**
 * The latest job instance of a run that is numbered by its reruns (0, 1, 2, ...: the nightly run
 * and the re-screen both identify a run by its parameters plus a rerun number).
 *
 * @param instance the instance with the highest rerun number
 * @param rerun that number
 */
public record LatestRerun(JobInstance instance, long rerun) {

	/** The latest instance of {@code jobName} whose parameters {@code parametersOfRerun} gives; null when none. */
	public static LatestRerun find(JobRepository jobRepository, String jobName,
			LongFunction<JobParameters> parametersOfRerun) {
		LatestRerun latest = null;
		for (long number = 0;; number++) {
			JobInstance instance = jobRepository.getJobInstance(jobName, parametersOfRerun.apply(number));
			if (instance == null) {
				return latest;
			}
			latest = new LatestRerun(instance, number);
		}
	}

}
