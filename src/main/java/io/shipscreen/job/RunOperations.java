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
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

import io.shipscreen.result.RunRepository;
import io.shipscreen.result.RunRepository.RunCounts;

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

	private final RunRepository runs;

	private final UnknownStateRecovery unknownState;

	public RunOperations(JobOperator jobOperator, JobRepository jobRepository, NightlyRunLauncher launcher,
			RunRepository runs, UnknownStateRecovery unknownState) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.launcher = launcher;
		this.runs = runs;
		this.unknownState = unknownState;
	}

	/**
	 * One execution as the {@code runs} command shows it.
	 *
	 * @param read rows this execution read (Spring Batch's count of the screen step)
	 * @param counts the run's screened, rejected and flagged rows (shipscreen's own tables), on the
	 * run's latest execution only: earlier executions of a restarted run have no counts of their own
	 * @param reviewImport what the {@code importReviews} step did, empty when there was nothing to import
	 */
	public record RunSummary(long executionId, long runId, RunParameters parameters, BatchStatus status, long read,
			Optional<RunCounts> counts, Duration duration, LocalDateTime started, String failure,
			String reviewImport) {
	}

	public List<RunSummary> recent(int count) {
		List<RunSummary> summaries = new ArrayList<>();
		for (JobInstance instance : this.jobRepository.getJobInstances(NightlyScreeningJobConfig.JOB_NAME, 0,
				count)) {
			List<JobExecution> executions = this.jobRepository.getJobExecutions(instance);
			long latest = executions.stream().mapToLong(JobExecution::getId).max().orElse(-1);
			for (JobExecution execution : executions) {
				Optional<RunCounts> counts = (execution.getId() == latest)
						? this.runs.counts(instance.getInstanceId()) : Optional.empty();
				summaries.add(summary(execution, counts));
			}
		}
		summaries.sort(Comparator.comparingLong(RunSummary::executionId).reversed());
		return summaries.subList(0, Math.min(count, summaries.size()));
	}

	private RunSummary summary(JobExecution execution, Optional<RunCounts> counts) {
		// rejects are items of the screen step (RejectedRow), not skips: Batch's skip and filter counts
		// are always 0 here, so the counts that matter come from shipscreen's tables
		long read = 0;
		String reviewImport = "";
		for (StepExecution step : execution.getStepExecutions()) {
			if (NightlyScreeningJobConfig.SCREEN_STEP.equals(step.getStepName())) {
				read = step.getReadCount();
			}
			if (NightlyScreeningJobConfig.IMPORT_REVIEWS_STEP.equals(step.getStepName())) {
				reviewImport = step.getExitStatus().getExitDescription();
			}
		}
		LocalDateTime start = execution.getStartTime();
		LocalDateTime end = (execution.getEndTime() != null) ? execution.getEndTime() : LocalDateTime.now();
		Duration duration = (start != null) ? Duration.between(start, end) : Duration.ZERO;
		String failure = (execution.getStatus() == BatchStatus.COMPLETED) ? ""
				: RunLifecycleListener.failureReason(execution);
		return new RunSummary(execution.getId(), execution.getJobInstance().getInstanceId(),
				RunParameters.from(execution.getJobParameters()), execution.getStatus(), read, counts, duration, start,
				failure, reviewImport);
	}

	/** Restarts a FAILED, STOPPED or UNKNOWN execution from its last committed chunk. */
	public JobExecution restart(long executionId) throws Exception {
		JobExecution execution = execution(executionId);
		if (this.unknownState.markFailed(execution)) {
			execution = execution(executionId);
		}
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
		JobExecution execution;
		try {
			execution = this.jobRepository.getJobExecution(executionId);
		}
		catch (EmptyResultDataAccessException ex) {
			// the JDBC repository throws for an id it does not have, where the interface says null
			execution = null;
		}
		if (execution == null) {
			throw new RunRefusedException("no execution " + executionId + " (see 'runs')");
		}
		return execution;
	}

}
