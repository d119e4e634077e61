package io.shipscreen.job;

import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Makes an execution that Spring Batch left UNKNOWN restartable. Spring Batch ends a step UNKNOWN
 * when it could not record a chunk's commit (the database dropped the session mid-commit, say) and
 * then refuses to restart it, because a job whose results live elsewhere may have written a chunk
 * it did not record. Here the results, the customer history and Spring Batch's own tables are one
 * database written in one transaction per chunk: the chunk and its record committed together or
 * not at all, so the recorded position is exact and a restart from it loses and repeats nothing.
 */
@Component
public class UnknownStateRecovery {

	private static final Logger log = LoggerFactory.getLogger(UnknownStateRecovery.class);

	private final JobRepository jobRepository;

	public UnknownStateRecovery(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	/** Marks the execution and its UNKNOWN steps FAILED; returns whether there was anything to mark. */
	public boolean markFailed(JobExecution execution) {
		if (execution.getStatus() != BatchStatus.UNKNOWN) {
			return false;
		}
		LocalDateTime now = LocalDateTime.now();
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStatus() == BatchStatus.UNKNOWN) {
				log.warn("execution={} step={} was left UNKNOWN after {} commits (its last chunk's record failed): "
						+ "marking it FAILED to restart from its last recorded chunk", execution.getId(),
						step.getStepName(), step.getCommitCount());
				step.setStatus(BatchStatus.FAILED);
				step.setExitStatus(step.getExitStatus().and(ExitStatus.FAILED));
				if (step.getEndTime() == null) {
					step.setEndTime(now);
				}
				this.jobRepository.update(step);
			}
		}
		execution.setStatus(BatchStatus.FAILED);
		execution.setExitStatus(execution.getExitStatus().and(ExitStatus.FAILED));
		if (execution.getEndTime() == null) {
			execution.setEndTime(now);
		}
		this.jobRepository.update(execution);
		return true;
	}

}
