package io.shipscreen.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.JobExecutionShutdownHook;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

import io.shipscreen.cli.CommandDispatcher;
import io.shipscreen.result.RunRepository;

/**
 * Around each run: registers Spring Batch's shutdown hook so SIGTERM stops the run at a chunk
 * boundary (STOPPED, restartable), records which process owns the execution (so a later launch
 * can tell a live run from one killed hard), and on failure records the reason and writes the
 * morning's {@code failed-<run-date>.txt}.
 */
class RunLifecycleListener implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RunLifecycleListener.class);

	static final String OWNER = "owner";

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final RunRepository runs;

	private final Duration stopTimeout;

	private Thread shutdownHook;

	/** Counted down when the current run's afterJob is done (SIGTERM waits for it). */
	private volatile CountDownLatch finished = new CountDownLatch(1);

	RunLifecycleListener(JobOperator jobOperator, JobRepository jobRepository, RunRepository runs,
			Duration stopTimeout) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.runs = runs;
		this.stopTimeout = stopTimeout;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		this.finished = new CountDownLatch(1);
		jobExecution.getExecutionContext().putString(OWNER, currentProcess());
		this.jobRepository.updateExecutionContext(jobExecution);
		this.shutdownHook = new Thread(() -> stopGracefully(jobExecution), "shipscreen-graceful-stop");
		Runtime.getRuntime().addShutdownHook(this.shutdownHook);
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		try {
			recordOutcome(jobExecution);
		}
		finally {
			this.finished.countDown();
		}
	}

	private void recordOutcome(JobExecution jobExecution) {
		removeShutdownHook();
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

	/**
	 * On SIGTERM: Spring Batch's hook asks the run to stop (the step stops at its next chunk
	 * boundary), then this waits for the run to end, because the JVM halts as soon as its hooks
	 * return and a half-finished chunk would leave the execution STOPPING instead of STOPPED.
	 * Boot's own context-closing hook is off ({@code spring.main.register-shutdown-hook=false}) so
	 * the database stays open meanwhile.
	 */
	private void stopGracefully(JobExecution jobExecution) {
		new JobExecutionShutdownHook(jobExecution, this.jobOperator).run();
		long deadline = System.nanoTime() + this.stopTimeout.toNanos();
		try {
			// afterJob has written the failure summary...
			boolean ended = this.finished.await(this.stopTimeout.toMillis(), TimeUnit.MILLISECONDS);
			// ...and the job's last update (status, end time) is committed after it
			while (ended && System.nanoTime() < deadline && !endRecorded(jobExecution.getId())) {
				Thread.sleep(50);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		log.warn("execution={} status={} after SIGTERM", jobExecution.getId(), jobExecution.getStatus());
	}

	private boolean endRecorded(long executionId) {
		try {
			JobExecution stored = this.jobRepository.getJobExecution(executionId);
			return stored == null || (stored.getEndTime() != null && !stored.getStatus().isRunning());
		}
		catch (RuntimeException ex) {
			return true;
		}
	}

	private void removeShutdownHook() {
		if (this.shutdownHook == null) {
			return;
		}
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (IllegalStateException ex) {
			// the JVM is already shutting down (SIGTERM): the hook is running; nothing to remove
		}
		this.shutdownHook = null;
	}

	/** One line saying why the run did not complete, innermost cause first. */
	static String failureReason(JobExecution jobExecution) {
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
