package io.shipscreen.rescreen;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.JobExecutionShutdownHook;
import org.springframework.batch.core.listener.JobExecutionListener;

import io.shipscreen.cli.CommandDispatcher;
import io.shipscreen.result.RunRepository;

/**
 * Around a re-screen: SIGTERM stops it at a chunk boundary (STOPPED, restartable by the same
 * command), and a run that did not complete has its reason recorded in {@code screening_run}.
 */
class RescreenLifecycleListener implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RescreenLifecycleListener.class);

	private final JobOperator jobOperator;

	private final RunRepository runs;

	private Thread shutdownHook;

	RescreenLifecycleListener(JobOperator jobOperator, RunRepository runs) {
		this.jobOperator = jobOperator;
		this.runs = runs;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		this.shutdownHook = new Thread(new JobExecutionShutdownHook(jobExecution, this.jobOperator),
				"shipscreen-rescreen-stop");
		Runtime.getRuntime().addShutdownHook(this.shutdownHook);
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (IllegalStateException ex) {
			// the JVM is shutting down: the hook is running
		}
		if (jobExecution.getStatus() == BatchStatus.COMPLETED) {
			return;
		}
		long runId = jobExecution.getJobInstance().getInstanceId();
		String reason = reason(jobExecution);
		log.error("rescreen run={} execution={} status={} reason='{}'", runId, jobExecution.getId(),
				jobExecution.getStatus(), reason);
		try {
			this.runs.failed(runId, reason);
		}
		catch (RuntimeException ex) {
			log.error("rescreen run={} could not record the failure: {}", runId, ex.toString());
		}
	}

	static String reason(JobExecution jobExecution) {
		if (jobExecution.getStatus() == BatchStatus.STOPPED) {
			return "stopped on request (SIGTERM or stop command) at a chunk boundary";
		}
		String reasons = jobExecution.getAllFailureExceptions()
			.stream()
			.map(CommandDispatcher::oneLine)
			.distinct()
			.collect(Collectors.joining("; "));
		return reasons.isEmpty() ? jobExecution.getExitStatus().getExitDescription() : reasons;
	}

}
