package io.shipscreen.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

import io.shipscreen.cli.CommandDispatcher;
import io.shipscreen.result.RunRepository;

/**
 * Around each run: SIGTERM stops the run at a chunk boundary, STOPPED and restartable
 * ({@link GracefulStop}), records which process owns the execution (so a later launch can tell a
 * live run from one killed hard), and on failure records the reason and writes the morning's
 * {@code failed-<run-date>.txt}. Public for {@link #failureReason}: the re-screen says why it did
 * not complete in the same words.
 */
public class RunLifecycleListener implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RunLifecycleListener.class);

	static final String OWNER = "owner";

	private final JobRepository jobRepository;

	private final RunRepository runs;

	private final GracefulStop gracefulStop;

	RunLifecycleListener(JobOperator jobOperator, JobRepository jobRepository, RunRepository runs,
			Duration stopTimeout) {
		this.jobRepository = jobRepository;
		this.runs = runs;
		this.gracefulStop = new GracefulStop(jobOperator, jobRepository, stopTimeout);
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		jobExecution.getExecutionContext().putString(OWNER, currentProcess());
		this.jobRepository.updateExecutionContext(jobExecution);
		this.gracefulStop.arm(jobExecution, "shipscreen-graceful-stop");
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		this.gracefulStop.ended(() -> recordOutcome(jobExecution));
	}

	private void recordOutcome(JobExecution jobExecution) {
		if (jobExecution.getStatus() == BatchStatus.COMPLETED) {
			return;
		}
		RunParameters run = RunParameters.from(jobExecution.getJobParameters());
		String reason = failureReason(jobExecution);
		long runId = jobExecution.getJobInstance().getInstanceId();
		log.error("run={} execution={} status={} reason='{}'", runId, jobExecution.getId(), jobExecution.getStatus(),
				reason);
		try {
			this.runs.failed(runId, reason);
			FailureSummary.write(run, jobExecution.getId(), jobExecution.getStatus().name(), reason);
		}
		catch (Exception ex) {
			log.error("run={} could not record the failure: {}", runId, ex.toString());
		}
	}

	/** One line saying why the run did not complete, innermost cause first. */
	public static String failureReason(JobExecution jobExecution) {
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

	/** {@code pid@host}, as the JVM names itself. */
	static String currentProcess() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "unknown-host";
		}
		return ProcessHandle.current().pid() + "@" + host;
	}

}
