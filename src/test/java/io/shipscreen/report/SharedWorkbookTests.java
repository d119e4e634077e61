package io.shipscreen.report;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Two threads writing one workbook: what each gets back, how a failure ends both. */
class SharedWorkbookTests {

	private final SXSSFWorkbook workbook = new SXSSFWorkbook();

	private final SharedWorkbook shared = new SharedWorkbook(this.workbook);

	private final AtomicReference<Thread> other = new AtomicReference<>();

	@AfterEach
	void close() throws Exception {
		this.workbook.close();
	}

	@Test
	void returnsWhatThisThreadWroteOnceTheOtherThreadHasEnded() {
		long rows = this.shared.writeAtOnce("flagged-workbook-hits-1", () -> 42L, () -> {
			this.other.set(Thread.currentThread());
			sleep(200);
		});

		assertThat(rows).isEqualTo(42);
		assertThat(this.other.get().getName()).isEqualTo("flagged-workbook-hits-1");
		assertThat(this.other.get().isAlive()).isFalse();
	}

	@Test
	void throwsTheOtherThreadsFailureAndStopsThisThreadAtItsNextRow() {
		assertThatIllegalStateException().isThrownBy(() -> this.shared.writeAtOnce("hits", this::rowsUntilStopped, () -> {
			this.other.set(Thread.currentThread());
			sleep(100);
			throw new IllegalStateException("hits query failed");
		})).withMessage("hits query failed").satisfies((ex) -> assertThat(ex.getSuppressed()).isEmpty());

		assertThat(this.other.get().isAlive()).isFalse();
	}

	@Test
	void throwsThisThreadsFailureOnceTheOtherThreadHasStopped() {
		long started = System.nanoTime();
		assertThatIllegalStateException().isThrownBy(() -> this.shared.writeAtOnce("hits", () -> {
			sleep(100);
			throw new IllegalStateException("flagged query failed");
		}, () -> {
			this.other.set(Thread.currentThread());
			rowsUntilStopped();
		})).withMessage("flagged query failed").satisfies((ex) -> assertThat(ex.getSuppressed()).isEmpty());

		assertThat(this.other.get().isAlive()).isFalse();
		assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(10));
	}

	@Test
	void keepsBothFailuresWhenBothThreadsFailOnTheirOwn() {
		assertThatIllegalStateException().isThrownBy(() -> this.shared.writeAtOnce("hits", () -> {
			throw new IllegalStateException("flagged query failed");
		}, () -> {
			throw new IllegalArgumentException("hits query failed");
		})).withMessage("flagged query failed").satisfies((ex) -> assertThat(ex.getSuppressed()).hasSize(1));
	}

	@Test
	void makesSheetsOneThreadAtATimeAndPutsThemInTheGivenOrder() {
		this.shared.writeAtOnce("hits", () -> {
			for (int i = 1; i <= 50; i++) {
				String name = "Flagged (" + i + ")";
				this.shared.change((workbook) -> workbook.createSheet(name));
			}
			return null;
		}, () -> {
			for (int i = 1; i <= 50; i++) {
				String name = "Hits (" + i + ")";
				this.shared.change((workbook) -> workbook.createSheet(name));
			}
		});
		List<String> names = new ArrayList<>();
		for (int i = 1; i <= 50; i++) {
			names.add("Flagged (" + i + ")");
		}
		for (int i = 1; i <= 50; i++) {
			names.add("Hits (" + i + ")");
		}

		this.shared.orderSheets(names);

		List<String> sheets = new ArrayList<>();
		this.workbook.forEach((sheet) -> sheets.add(sheet.getSheetName()));
		assertThat(sheets).containsExactlyElementsOf(names);
	}

	/** A sheet writer's loop: a row every millisecond until told to stop (or 10 s, a failure). */
	private Long rowsUntilStopped() {
		for (long rows = 0; rows < 10_000; rows++) {
			this.shared.checkNotFailed();
			sleep(1);
		}
		throw new AssertionError("not stopped");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
