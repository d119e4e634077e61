package io.shipscreen.job;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.JobExecutionShutdownHook;
import org.springframework.batch.core.repository.JobRepository;

/**
 * SIGTERM during a job execution: Spring Batch's hook asks the execution to stop (the step stops
 * at its next chunk boundary), then this waits for it to end, because the JVM halts as soon as its
 * hooks return and a half-finished chunk would leave the execution STOPPING instead of STOPPED.
 * Boot's own context-closing hook is off ({@code spring.main.register-shutdown-hook=false}) so the
 * database stays open meanwhile. One instance per job (its executions run one after the other);
 * public: the re-screen job stops the same way as the night.
 */
public class GracefulStop {

	private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Duration stopTimeout;

	private Thread shutdownHook;

	/** Counted down when the current execution's afterJob is done (SIGTERM waits for it). */
	private volatile CountDownLatch finished = new CountDownLatch(1);

	public GracefulStop(JobOperator jobOperator, JobRepository jobRepository, Duration stopTimeout) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.stopTimeout = stopTimeout;
	}

	/** From the job's {@code beforeJob}: SIGTERM from now on stops this execution. */
	public void arm(JobExecution jobExecution, String threadName) {
		this.finished = new CountDownLatch(1);
		this.shutdownHook = new Thread(() -> stopAndWait(jobExecution), threadName);
		Runtime.getRuntime().addShutdownHook(this.shutdownHook);
	}

	/**
	 * From the job's {@code afterJob}: runs what records the execution's outcome, then lets a
	 * waiting SIGTERM go on (after it, whatever happens in {@code outcome}).
	 */
	public void ended(Runnable outcome) {
		try {
			removeShutdownHook();
			outcome.run();
		}
		finally {
			this.finished.countDown();
		}
	}

	private void stopAndWait(JobExecution jobExecution) {
		new JobExecutionShutdownHook(jobExecution, this.jobOperator).run();
		long deadline = System.nanoTime() + this.stopTimeout.toNanos();
		try {
			// afterJob has recorded the outcome...
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

}
