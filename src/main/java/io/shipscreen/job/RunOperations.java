package io.shipscreen.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;

/**
 * The operator's view of the nightly runs ({@code runs}, {@code restart}, {@code abandon},
 * {@code recover}): thin wrappers over Spring Batch's {@link JobOperator} that add the checks an
 * operator would otherwise have to remember.
 */
@Service
public class RunOperations {

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final NightlyRunLauncher launcher;

	public RunOperations(JobOperator jobOperator, JobRepository jobRepository, NightlyRunLauncher launcher) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.launcher = launcher;
	}

	/** One execution as the {@code runs} command shows it. */
	public record RunSummary(long executionId, long runId, RunParameters parameters, BatchStatus status, long read,
			long written, long skipped, long rejectedOrFiltered, Duration duration, LocalDateTime started,
			String failure) {
	}

	public List<RunSummary> recent(int count) {
		List<RunSummary> summaries = new ArrayList<>();
		for (JobInstance instance : this.jobRepository.getJobInstances(NightlyScreeningJobConfig.JOB_NAME, 0,
				count)) {
			for (JobExecution execution : this.jobRepository.getJobExecutions(instance)) {
				summaries.add(summary(execution));
			}
		}
		summaries.sort(Comparator.comparingLong(RunSummary::executionId).reversed());
		return summaries.subList(0, Math.min(count, summaries.size()));
	}

	private RunSummary summary(JobExecution execution) {
		long read = 0;
		long written = 0;
		long skipped = 0;
		long filtered = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			if (NightlyScreeningJobConfig.SCREEN_STEP.equals(step.getStepName())) {
				read = step.getReadCount();
				written = step.getWriteCount();
				skipped = step.getSkipCount();
				filtered = step.getFilterCount();
			}
		}
		LocalDateTime start = execution.getStartTime();
		LocalDateTime end = (execution.getEndTime() != null) ? execution.getEndTime() : LocalDateTime.now();
		Duration duration = (start != null) ? Duration.between(start, end) : Duration.ZERO;
		String failure = (execution.getStatus() == BatchStatus.COMPLETED) ? ""
				: RunLifecycleListener.failureReason(execution);
		return new RunSummary(execution.getId(), execution.getJobInstance().getInstanceId(),
				RunParameters.from(execution.getJobParameters()), execution.getStatus(), read, written, skipped,
				filtered, duration, start, failure);
	}

	/** Restarts a FAILED or STOPPED execution from its last committed chunk. */
	public JobExecution restart(long executionId) throws Exception {
		JobExecution execution = execution(executionId);
		BatchStatus status = execution.getStatus();
		if (status.isRunning()) {
			throw new RunRefusedException("execution " + executionId + " is " + status
					+ "; if its process was killed, run 'recover " + executionId + "' first");
		}
		if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
			throw new RunRefusedException("execution " + executionId + " is " + status + " and cannot be restarted");
		}
		return this.jobOperator.restart(execution);
	}

	/** Marks a stopped or failed execution ABANDONED: it will never be restarted. */
	public JobExecution abandon(long executionId) throws Exception {
		JobExecution execution = execution(executionId);
		if (execution.getStatus() == BatchStatus.STARTED || execution.getStatus() == BatchStatus.STARTING) {
			throw new RunRefusedException("execution " + executionId + " is " + execution.getStatus()
					+ "; stop it (SIGTERM) or, if its process is gone, 'recover " + executionId + "' first");
		}
		return this.jobOperator.abandon(execution);
	}

	/**
	 * Marks an execution left STARTED by a killed process as FAILED, so the same command can
	 * restart it; refused while its process still runs.
	 */
	public JobExecution recover(long executionId) {
		JobExecution execution = execution(executionId);
		if (!execution.getStatus().isRunning()) {
			throw new RunRefusedException("execution " + executionId + " is " + execution.getStatus()
					+ ", not left running: nothing to recover");
		}
		Optional<String> owner = this.launcher.liveOwner(execution);
		if (owner.isPresent()) {
			throw new RunRefusedException(
					"execution " + executionId + " is still running in process " + owner.get() + "; not recovered");
		}
		return this.jobOperator.recover(execution);
	}

	private JobExecution execution(long executionId) {
		JobExecution execution = this.jobRepository.getJobExecution(executionId);
		if (execution == null) {
			throw new RunRefusedException("no execution " + executionId + " (see 'runs')");
		}
		return execution;
	}

}
