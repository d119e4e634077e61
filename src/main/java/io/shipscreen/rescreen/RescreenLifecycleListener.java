package io.shipscreen.rescreen;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

import io.shipscreen.job.GracefulStop;
import io.shipscreen.job.RunLifecycleListener;
import io.shipscreen.result.RunRepository;

/**
 * Around a re-screen: SIGTERM stops it at a chunk boundary and waits for it to end, STOPPED and
 * restartable by the same command (the night's {@link GracefulStop}), and a run that did not
 * complete has its reason recorded in {@code screening_run}.
 */
class RescreenLifecycleListener implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RescreenLifecycleListener.class);

	private final GracefulStop gracefulStop;

	private final RunRepository runs;

	RescreenLifecycleListener(GracefulStop gracefulStop, RunRepository runs) {
		this.gracefulStop = gracefulStop;
		this.runs = runs;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		this.gracefulStop.arm(jobExecution, "shipscreen-rescreen-stop");
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		this.gracefulStop.ended(() -> recordOutcome(jobExecution));
	}

	private void recordOutcome(JobExecution jobExecution) {
		if (jobExecution.getStatus() == BatchStatus.COMPLETED) {
			return;
		}
		long runId = jobExecution.getJobInstance().getInstanceId();
		String reason = RunLifecycleListener.failureReason(jobExecution);
		log.error("rescreen run={} execution={} status={} reason='{}'", runId, jobExecution.getId(),
				jobExecution.getStatus(), reason);
		try {
			this.runs.failed(runId, reason);
		}
		catch (RuntimeException ex) {
			log.error("rescreen run={} could not record the failure: {}", runId, ex.toString());
		}
	}

}
