package io.shipscreen.report;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Workbook;

/**
 * A streaming workbook whose sheets are written by two threads at once. POI's workbooks are not
 * thread-safe, but each SXSSF sheet streams its rows through its own row window and temp file, and
 * a cell only keeps a reference to a style made beforehand ({@link SheetStyles}): rows are written
 * without a lock, while every change to the workbook itself (a sheet, a defined name, a data
 * validation) goes through {@link #change}, one at a time. (A date cell reads the workbook's
 * date-1904 flag; XMLBeans synchronizes that read with the locked changes.)
 */
final class SharedWorkbook {

	private final Workbook workbook;

	private final Object lock = new Object();

	/** Set when a thread fails: the other stops at its next row instead of finishing a workbook nobody will see. */
	private volatile boolean failed;

	SharedWorkbook(Workbook workbook) {
		this.workbook = workbook;
	}

	/** Changes the workbook, never at the same time as another thread does. */
	<T> T change(Function<Workbook, T> change) {
		synchronized (this.lock) {
			return change.apply(this.workbook);
		}
	}

	/** Called before each row: throws once the other thread has failed. */
	void checkNotFailed() {
		if (this.failed) {
			throw new Stopped();
		}
	}

	/**
	 * Runs {@code here} on this thread and {@code there} on a thread of its own; returns what
	 * {@code here} returned once both have ended. A failure on either stops the other at its next
	 * row and is thrown once both have ended: the caller closes the workbook (deleting its temp
	 * files) right after, so no thread may still be writing to it, and none outlives the call.
	 */
	<T> T writeAtOnce(String threadName, Supplier<T> here, Runnable there) {
		FutureTask<Void> other = new FutureTask<>(() -> {
			try {
				there.run();
			}
			catch (RuntimeException | Error ex) {
				this.failed = true;
				throw ex;
			}
		}, null);
		// a thread of its own, joined below: an executor's awaitTermination can return while its
		// worker thread is still ending
		Thread thread = new Thread(other, threadName);
		thread.start();
		T result = null;
		Throwable failure = null;
		try {
			result = here.get();
		}
		catch (RuntimeException | Error ex) {
			this.failed = true;
			failure = ex;
		}
		finally {
			join(thread);
		}
		Throwable otherFailure = failure(other);
		if (failure == null && otherFailure == null) {
			return result;
		}
		throw unchecked(firstFailure(failure, otherFailure));
	}

	/** Puts the named sheets first, in this order. */
	void orderSheets(List<String> names) {
		change((workbook) -> {
			for (int i = 0; i < names.size(); i++) {
				workbook.setSheetOrder(names.get(i), i);
			}
			return null;
		});
	}

	/** The failure that made the other thread stop, not the stop it caused; both if both failed on their own. */
	private static Throwable firstFailure(Throwable here, Throwable there) {
		if (here == null || (here instanceof Stopped && there != null)) {
			return there;
		}
		if (there != null && !(there instanceof Stopped)) {
			here.addSuppressed(there);
		}
		return here;
	}

	private static RuntimeException unchecked(Throwable failure) {
		if (failure instanceof Error error) {
			throw error;
		}
		return (failure instanceof RuntimeException runtime) ? runtime : new IllegalStateException(failure);
	}

	/** Waits for the thread to end, even when interrupted (the interrupt is kept for the caller). */
	private static void join(Thread thread) {
		boolean interrupted = false;
		while (thread.isAlive()) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** What the ended task threw, or null. */
	private static Throwable failure(FutureTask<?> task) {
		try {
			task.get(0, TimeUnit.SECONDS);
			return null;
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
		catch (InterruptedException | TimeoutException ex) {
			throw new IllegalStateException("the task has not ended", ex);
		}
	}

	/** Thrown in a thread that stopped because the other one failed. */
	static final class Stopped extends RuntimeException {

		Stopped() {
			super("Stopped: another thread writing this workbook failed", null, false, false);
		}

	}

}
