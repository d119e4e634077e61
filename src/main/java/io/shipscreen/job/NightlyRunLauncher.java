package io.shipscreen.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Launches a night the way an operator expects (docs/contract.md §4): a new run starts; a failed or
 * stopped run restarts from its last committed chunk; one left STARTED by a hard kill is
 * recovered and restarted once its process is gone; one left UNKNOWN by a failed record of a
 * chunk restarts from its last recorded chunk ({@link UnknownStateRecovery}); a live one, or a
 * completed one without {@code --rerun}, is refused. {@code --rerun} screens a completed night again as a new run.
 */
@Service
public class NightlyRunLauncher {

	private static final Logger log = LoggerFactory.getLogger(NightlyRunLauncher.class);

	/** A run on another host that has not committed for this long is taken as dead. */
	static final Duration STALE_AFTER = Duration.ofMinutes(15);

	/** How long a launch that met another process creating the same run waits before looking again. */
	private static final Duration RACE_PAUSE = Duration.ofSeconds(2);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	/** Built when a run starts: operator commands that only refuse or recover never build it. */
	private final ObjectProvider<Job> job;

	private final UnknownStateRecovery unknownState;

	public NightlyRunLauncher(JobOperator jobOperator, JobRepository jobRepository,
			@Qualifier("nightlyScreeningJob") ObjectProvider<Job> nightlyScreeningJob,
			UnknownStateRecovery unknownState) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = nightlyScreeningJob;
		this.unknownState = unknownState;
	}

	public JobExecution launch(RunParameters base, boolean rerun) throws Exception {
		RunParameters run = plan(base, rerun);
		try {
			return start(run);
		}
		catch (IllegalStateException ex) {
			if (ranHere(run)) {
				throw ex;
			}
			// Spring Batch creates a run's instance and its first execution one after the other: a
			// process launched in between finds the instance without an execution. Look again once
			// the other process has had time to record it (then this one is refused, or restarts).
			log.warn("run={} launch found the run without an execution of this process ({}): looking again",
					run.describe(), ex.getMessage());
			Thread.sleep(RACE_PAUSE.toMillis());
			return start(plan(base, rerun));
		}
	}

	/** Whether this process has an execution of the run: then a failure came from running it, not launching it. */
	private boolean ranHere(RunParameters run) {
		JobInstance instance = this.jobRepository.getJobInstance(NightlyScreeningJobConfig.JOB_NAME,
				run.toJobParameters());
		JobExecution last = (instance != null) ? this.jobRepository.getLastJobExecution(instance) : null;
		return last != null && RunLifecycleListener.currentProcess()
			.equals(last.getExecutionContext().getString(RunLifecycleListener.OWNER, ""));
	}

	private JobExecution start(RunParameters run) throws Exception {
		try {
			return this.jobOperator.start(this.job.getObject(), run.toJobParameters());
		}
		// two processes creating the same run in the same instant: the loser meets the unique key
		// or a lock/deadlock on Spring Batch's tables before anything is screened
		catch (JobExecutionAlreadyRunningException | DataIntegrityViolationException | ConcurrencyFailureException ex) {
			log.warn("run={} launch lost a race with another process: {}", run.describe(), ex.toString());
			throw new RunRefusedException("run " + run.describe() + " is already running in another process");
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			throw new RunRefusedException("run " + run.describe() + " has already completed; use --rerun");
		}
	}

	/** Which run the command means: the next rerun number, or the one to restart. */
	RunParameters plan(RunParameters base, boolean rerun) {
		LatestRerun found = LatestRerun.find(this.jobRepository, NightlyScreeningJobConfig.JOB_NAME,
				(number) -> base.withRerun(number).toJobParameters());
		if (found == null) {
			return base.withRerun(0);
		}
		JobInstance latest = found.instance();
		long latestNumber = found.rerun();
		RunParameters current = base.withRerun(latestNumber);
		JobExecution last = this.jobRepository.getLastJobExecution(latest);
		if (last == null) {
			return current;
		}
		BatchStatus status = last.getStatus();
		if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
			if (!rerun) {
				throw new RunRefusedException("run " + current.describe() + " was already "
						+ status.name().toLowerCase() + " (execution " + last.getId() + ", " + when(last)
						+ "); use --rerun to screen it again as a new run");
			}
			return base.withRerun(latestNumber + 1);
		}
		if (status.isRunning()) {
			Optional<String> liveOwner = liveOwner(last);
			if (liveOwner.isPresent()) {
				throw new RunRefusedException("run " + current.describe() + " is already running (execution "
						+ last.getId() + ", process " + liveOwner.get() + ", started " + last.getStartTime() + ")");
			}
			log.warn("run={} execution={} was left {} by a process that is gone: recovering it to restart",
					latest.getInstanceId(), last.getId(), status);
			this.jobOperator.recover(last);
		}
		this.unknownState.markFailed(last);
		log.info("run={} restarting after {} execution {}", latest.getInstanceId(), status, last.getId());
		return current;
	}

	/**
	 * The owning process, if it still lives (same host: by pid; other host: by recent commits).
	 * A retry must therefore come from another host name or another pid: a container restarted in
	 * the same pod keeps its host name and runs the JVM as pid 1 again, so its predecessor would
	 * look alive (itself) and the launch be refused. Kubernetes gets a new pod, hence a new host
	 * name, per retry with {@code restartPolicy: Never} (config/deploy/kubernetes/cronjob.yaml).
	 */
	Optional<String> liveOwner(JobExecution execution) {
		String owner = execution.getExecutionContext().getString(RunLifecycleListener.OWNER, "");
		LocalDateTime updated = (execution.getLastUpdated() != null) ? execution.getLastUpdated()
				: execution.getCreateTime();
		int at = owner.indexOf('@');
		if (at > 0) {
			String host = owner.substring(at + 1);
			String self = RunLifecycleListener.currentProcess();
			if (host.equals(self.substring(self.indexOf('@') + 1))) {
				long pid = Long.parseLong(owner.substring(0, at));
				boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
				return alive ? Optional.of(owner) : Optional.empty();
			}
		}
		boolean recent = updated != null && Duration.between(updated, LocalDateTime.now()).compareTo(STALE_AFTER) < 0;
		return recent ? Optional.of(owner.isEmpty() ? "unknown" : owner) : Optional.empty();
	}

	private static String when(JobExecution execution) {
		LocalDateTime end = execution.getEndTime();
		return (end != null) ? "ended " + end.withNano(0) : "created " + execution.getCreateTime().withNano(0);
	}

}
