package io.shipscreen.job;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads and screens the rows on a thread of its own, up to {@code capacity} rows ahead of the
 * step, so that screening the next rows overlaps the database writing the last chunk: on two
 * cores the screen step then runs at the pace of the writer instead of the sum of both.
 * <p>
 * One thread reads and screens every row, in order, so the checks that depend on the rows
 * before (quota draws, {@code DIVERSION-VOLUME}) see exactly what a sequential run sees. The
 * position saved at each commit is the source's position after the last row handed to the
 * step, not after the last row read ahead: a restart resumes after the last committed row.
 * A failure on the screening thread is raised by the next {@link #read()} (and every one after),
 * so the chunk being built fails and the run with it; its restart resumes from the last commit. A
 * read is not retried in place: Spring Batch's counting readers count a read that failed, and a
 * restart from that count would skip a row.
 * With {@code capacity} 0 the rows are read and screened on the step's thread.
 * Public: the re-screen step screens its stored transactions ahead the same way.
 */
public class ScreenAheadReader<I, O> implements ItemStreamReader<O> {

	/** How long either thread waits on the queue before looking at the other again. */
	private static final long WAIT_MILLIS = 100;

	/** How long closing waits for the screening thread to finish the row it is on. */
	private static final long STOP_SECONDS = 60;

	private final ItemStreamReader<I> source;

	private final ItemProcessor<I, O> processor;

	private final int capacity;

	private final StepExecution stepExecution;

	private final BlockingQueue<Ahead<O>> ahead;

	private Thread worker;

	private volatile boolean closing;

	/** The source's position after the last row handed to the step; null before the first. */
	private Map<String, Object> handedOut;

	private boolean ended;

	private Exception failure;

	public ScreenAheadReader(ItemStreamReader<I> source, ItemProcessor<I, O> processor, int capacity,
			StepExecution stepExecution) {
		this.source = source;
		this.processor = processor;
		this.capacity = capacity;
		this.stepExecution = stepExecution;
		this.ahead = (capacity > 0) ? new ArrayBlockingQueue<>(capacity) : null;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.source.open(executionContext);
	}

	@Override
	public O read() throws Exception {
		if (this.capacity == 0) {
			I row = this.source.read();
			return (row != null) ? this.processor.process(row) : null;
		}
		if (this.failure != null) {
			throw this.failure;
		}
		if (this.ended) {
			return null;
		}
		if (this.worker == null) {
			// started on the first read: the step's listeners (restart state) have run by then
			this.worker = new Thread(this::screenAhead, "screen-ahead-" + this.stepExecution.getId());
			this.worker.setDaemon(true);
			this.worker.start();
		}
		Ahead<O> next = next();
		if (next.failure() != null) {
			this.failure = next.failure();
			throw this.failure;
		}
		this.handedOut = next.position();
		if (next.item() == null) {
			this.ended = true;
		}
		return next.item();
	}

	/** The next screened row; a screening thread that ended without handing one over is a failure, not a hang. */
	private Ahead<O> next() throws InterruptedException {
		while (true) {
			Ahead<O> next = this.ahead.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
			if (next != null) {
				return next;
			}
			if (!this.worker.isAlive() && this.ahead.isEmpty()) {
				return new Ahead<>(null, null,
						new ItemStreamException("the screening thread ended without handing over its next row"));
			}
		}
	}

	@Override
	public void update(ExecutionContext executionContext) {
		if (this.capacity == 0) {
			this.source.update(executionContext);
		}
		else if (this.handedOut != null) {
			this.handedOut.forEach(executionContext::put);
		}
	}

	@Override
	public void close() {
		this.closing = true;
		Thread running = this.worker;
		if (running != null) {
			// Never interrupted: embedded H2 closes its database file for every connection when a
			// thread using it is interrupted. The thread sees "closing" within one row instead.
			this.ahead.clear();
			try {
				running.join(TimeUnit.SECONDS.toMillis(STOP_SECONDS));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			if (running.isAlive()) {
				// it is inside a database call: closing its source (and the step's scope) under it
				// would let it screen one more row into the next run's state
				throw new ItemStreamException("the screening thread of step " + this.stepExecution.getStepName()
						+ " did not stop within " + STOP_SECONDS + " s (a database call that does not return?)");
			}
		}
		this.worker = null;
		if (this.ahead != null) {
			this.ahead.clear();
		}
		this.source.close();
	}

	private void screenAhead() {
		try {
			// step-scoped beans (the processor, its checks) resolve against this step on this thread too
			StepSynchronizationManager.register(this.stepExecution);
			while (!this.closing) {
				I row = this.source.read();
				Map<String, Object> position = position();
				if (row == null) {
					hand(new Ahead<>(null, position, null));
					return;
				}
				O item = this.processor.process(row);
				if (item != null && !hand(new Ahead<>(item, position, null))) {
					return;
				}
			}
		}
		catch (Exception ex) {
			hand(new Ahead<>(null, null, ex));
		}
		catch (Error ex) {
			hand(new Ahead<>(null, null, new ItemStreamException("screening thread failed: " + ex, ex)));
			throw ex;
		}
		finally {
			StepSynchronizationManager.close();
		}
	}

	/**
	 * Waits for room in the queue; false once the reader is closing (the rows screened ahead are
	 * dropped: a restart screens them again) or if this thread was interrupted (nothing here does
	 * that; the step's thread then sees this one end and fails the chunk).
	 */
	private boolean hand(Ahead<O> next) {
		try {
			while (!this.closing) {
				if (this.ahead.offer(next, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
					return true;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	private Map<String, Object> position() {
		ExecutionContext context = new ExecutionContext();
		this.source.update(context);
		return Map.copyOf(context.toMap());
	}

	/** A screened row with the source position after it; or the end (no item); or a failure. */
	private record Ahead<O>(O item, Map<String, Object> position, Exception failure) {
	}

}
