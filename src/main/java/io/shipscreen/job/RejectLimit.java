package io.shipscreen.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import io.shipscreen.result.RejectedRow;
import io.shipscreen.result.RunRepository;
import io.shipscreen.result.ScreenedItem;

/**
 * Enforces {@code shipscreen.reject-limit}: before a chunk is written, the rows this run has
 * already rejected (committed, counted from the database so a restart counts them too) plus the
 * chunk's rejects must not pass the limit, or the step fails with the reason and the chunk is
 * rolled back. Raising the limit (it is not identifying) and running the same command resumes
 * from the last committed chunk. One instance per step execution.
 */
class RejectLimit implements ItemWriteListener<ScreenedItem>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RejectLimit.class);

	private final RunRepository runs;

	private final long limit;

	private volatile long committed;

	private volatile long pending;

	RejectLimit(RunRepository runs, long limit) {
		this.runs = runs;
		this.limit = limit;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		if (this.limit < 0) {
			return;
		}
		this.committed = this.runs.rejectedRows(stepExecution.getJobExecution().getJobInstance().getInstanceId());
	}

	@Override
	public void beforeWrite(Chunk<? extends ScreenedItem> items) {
		if (this.limit < 0) {
			return;
		}
		long rejects = 0;
		for (ScreenedItem item : items) {
			if (item instanceof RejectedRow) {
				rejects++;
			}
		}
		this.pending = rejects;
		long total = this.committed + rejects;
		if (total > this.limit) {
			log.error("reject-limit exceeded rejected={} limit={}", total, this.limit);
			throw new RejectLimitExceededException(total, this.limit);
		}
	}

	@Override
	public void afterWrite(Chunk<? extends ScreenedItem> items) {
		this.committed += this.pending;
		this.pending = 0;
	}

	/** The run has rejected more rows than {@code shipscreen.reject-limit} allows. */
	static class RejectLimitExceededException extends RuntimeException {

		RejectLimitExceededException(long rejected, long limit) {
			super(rejected + " rows rejected, over the limit of " + limit + " (shipscreen.reject-limit)");
		}

	}

}
