package io.shipscreen.rescreen;

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
import org.springframework.stereotype.Service;

import io.shipscreen.job.LatestRerun;
import io.shipscreen.job.RunRefusedException;
import io.shipscreen.job.UnknownStateRecovery;

/**
 * Launches a re-screen the way a night is launched: a new one starts; a failed or stopped one
 * restarts from its last committed chunk, as does one left UNKNOWN by a failed record of a chunk;
 * a completed one (same day, {@code --since} and lists)
 * is refused unless {@code --rerun}; a running one is refused.
 */
@Service
public class RescreenLauncher {

	private static final Logger log = LoggerFactory.getLogger(RescreenLauncher.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	/** Built when a re-screen is launched: the operator commands never build the job. */
	private final ObjectProvider<Job> job;

	private final UnknownStateRecovery unknownState;

	public RescreenLauncher(JobOperator jobOperator, JobRepository jobRepository,
			@Qualifier("rescreenJob") ObjectProvider<Job> rescreenJob, UnknownStateRecovery unknownState) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = rescreenJob;
		this.unknownState = unknownState;
	}

	public JobExecution launch(RescreenParameters base, boolean rerun) throws Exception {
		RescreenParameters run = plan(base, rerun);
		try {
			return this.jobOperator.start(this.job.getObject(), run.toJobParameters());
		}
		catch (JobExecutionAlreadyRunningException ex) {
			throw new RunRefusedException("rescreen " + run.describe() + " is already running");
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			throw new RunRefusedException("rescreen " + run.describe() + " has already completed; use --rerun");
		}
	}

	RescreenParameters plan(RescreenParameters base, boolean rerun) {
		LatestRerun found = LatestRerun.find(this.jobRepository, RescreenJobConfig.JOB_NAME,
				(number) -> base.withRerun(number).toJobParameters());
		if (found == null) {
			return base.withRerun(0);
		}
		JobInstance latest = found.instance();
		long latestNumber = found.rerun();
		RescreenParameters current = base.withRerun(latestNumber);
		JobExecution last = this.jobRepository.getLastJobExecution(latest);
		if (last == null) {
			return current;
		}
		BatchStatus status = last.getStatus();
		if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
			if (!rerun) {
				throw new RunRefusedException("rescreen " + current.describe() + " was already "
						+ status.name().toLowerCase() + " (execution " + last.getId()
						+ ") against these lists and policies; use --rerun to screen again");
			}
			return base.withRerun(latestNumber + 1);
		}
		if (status.isRunning()) {
			throw new RunRefusedException("rescreen " + current.describe() + " is " + status + " (execution "
					+ last.getId() + "); if its process was killed, run 'recover " + last.getId() + "' first");
		}
		this.unknownState.markFailed(last);
		log.info("rescreen run={} restarting after {} execution {}", latest.getInstanceId(), status, last.getId());
		return current;
	}

}
