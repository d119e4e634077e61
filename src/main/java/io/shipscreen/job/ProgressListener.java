package io.shipscreen.job;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import io.shipscreen.result.RunRepository;
import io.shipscreen.result.ScreenedItem;

/**
 * Logs the screening step's progress at least every {@code shipscreen.progress-interval}: rows,
 * rows per second and the time left. One instance per step execution.
 */
class ProgressListener implements ItemWriteListener<ScreenedItem>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);

	private final Duration interval;

	private final AtomicLong rows = new AtomicLong();

	private volatile long expected;

	private volatile long startedNanos;

	private volatile long lastLogNanos;

	private volatile long runId;

	private final RunRepository runs;

	/** Rows this run had committed before this execution started (a restart resumes there). */
	private volatile long resumedAt;

	ProgressListener(Duration interval, RunRepository runs) {
		this.interval = interval;
		this.runs = runs;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		this.expected = stepExecution.getJobExecution().getExecutionContext().getLong(InputCheckTasklet.ROWS_EXPECTED, 0);
		// derived from what earlier executions committed, so it is right after a hard kill too
		this.resumedAt = this.runs.decisionCounts(this.runId).values().stream().mapToLong(Long::longValue).sum()
				+ this.runs.rejectedRows(this.runId);
		this.rows.set(this.resumedAt);
		this.startedNanos = System.nanoTime();
		this.lastLogNanos = this.startedNanos;
	}

	@Override
	public void afterWrite(Chunk<? extends ScreenedItem> items) {
		long done = this.rows.addAndGet(items.size());
		long now = System.nanoTime();
		if (now - this.lastLogNanos >= this.interval.toNanos()) {
			this.lastLogNanos = now;
			log.info(line(done, now));
		}
	}

	String line(long done, long now) {
		double seconds = Math.max(1e-3, (now - this.startedNanos) / 1e9);
		double rate = (done - this.resumedAt) / seconds;
		StringBuilder line = new StringBuilder("run=").append(this.runId).append(" progress rows=").append(done);
		if (this.expected > 0) {
			line.append('/').append(this.expected)
				.append(String.format(" (%.1f%%)", 100.0 * done / this.expected));
		}
		line.append(String.format(" rate=%.0f rows/s", rate));
		if (this.expected > done && rate > 0) {
			long eta = (long) ((this.expected - done) / rate);
			line.append(" eta=").append(eta / 60).append("m").append(String.format("%02d", eta % 60)).append('s');
		}
		return line.toString();
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		log.info(line(this.rows.get(), System.nanoTime()).replace(" progress ", " screened "));
		return null;
	}

}
