package io.shipscreen.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.batch.test.MetaDataInstanceFactory;

/**
 * The rows screened ahead of the step: handed out in order, screened in order on one thread, and
 * the position saved at a commit is that of the last row handed out, so a restart loses nothing
 * and screens nothing twice.
 */
class ScreenAheadReaderTests {

	private final StepExecution step = MetaDataInstanceFactory.createStepExecution();

	private final List<String> screened = new CopyOnWriteArrayList<>();

	private final Set<String> screeningThreads = ConcurrentHashMap.newKeySet();

	private final List<ScreenAheadReader<String, String>> readers = new ArrayList<>();

	@AfterEach
	void close() {
		this.readers.forEach(ScreenAheadReader::close);
	}

	@Test
	void handsOutTheScreenedRowsInOrderScreenedInOrderOnOneThreadOfItsOwn() throws Exception {
		ScreenAheadReader<String, String> reader = open(rows(20), 4, new ExecutionContext());

		List<String> out = readAll(reader);

		assertThat(out).hasSize(20).first().isEqualTo("ROW-01");
		assertThat(out).last().isEqualTo("ROW-20");
		assertThat(this.screened).isEqualTo(rows(20));
		assertThat(this.screeningThreads).singleElement().asString().startsWith("screen-ahead-")
			.isNotEqualTo(Thread.currentThread().getName());
	}

	@Test
	void savesThePositionOfTheLastRowHandedOutNotOfTheRowsScreenedAhead() throws Exception {
		ScreenAheadReader<String, String> reader = open(rows(20), 4, new ExecutionContext());
		reader.read();
		reader.read();
		awaitScreened(6); // two handed out, four waiting in the queue

		ExecutionContext committed = new ExecutionContext();
		reader.update(committed);

		assertThat(committed.getInt("rows.read.count")).isEqualTo(2);

		// a restart from that commit resumes with the third row
		this.screened.clear();
		ScreenAheadReader<String, String> restarted = open(rows(20), 4, committed);
		assertThat(readAll(restarted)).hasSize(18).first().isEqualTo("ROW-03");
	}

	@Test
	void aPositionSavedAfterTheLastRowIsTheEnd() throws Exception {
		ScreenAheadReader<String, String> reader = open(rows(3), 2, new ExecutionContext());
		readAll(reader);

		ExecutionContext committed = new ExecutionContext();
		reader.update(committed);

		Rows readOnTheStepsThread = new Rows(rows(3));
		readOnTheStepsThread.open(new ExecutionContext());
		while (readOnTheStepsThread.read() != null) {
		}
		ExecutionContext expected = new ExecutionContext();
		readOnTheStepsThread.update(expected);
		assertThat(committed.toMap()).isEqualTo(expected.toMap());
		assertThat(readAll(open(rows(3), 2, committed))).isEmpty();
	}

	@Test
	void aRowThatCannotBeScreenedFailsTheReadThatWouldHandItOutAndEveryReadAfter() throws Exception {
		ItemProcessor<String, String> failingAtFive = (row) -> {
			if (row.equals("row-05")) {
				throw new IllegalStateException("database gone while screening row-05");
			}
			return row;
		};
		ScreenAheadReader<String, String> reader = track(
				new ScreenAheadReader<>(new Rows(rows(10)), failingAtFive, 8, this.step));
		reader.open(new ExecutionContext());

		List<String> before = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			before.add(reader.read());
		}

		assertThat(before).containsExactly("row-01", "row-02", "row-03", "row-04");
		assertThatThrownBy(reader::read).isInstanceOf(IllegalStateException.class)
			.hasMessage("database gone while screening row-05");
		assertThatThrownBy(reader::read).isInstanceOf(IllegalStateException.class);
		ExecutionContext committed = new ExecutionContext();
		reader.update(committed);
		assertThat(committed.getInt("rows.read.count")).isEqualTo(4);
	}

	@Test
	void closingStopsTheScreeningThreadThatWaitsForRoom() throws Exception {
		ScreenAheadReader<String, String> reader = open(rows(100), 2, new ExecutionContext());
		reader.read();
		awaitScreened(3);

		reader.close();

		assertThat(Thread.getAllStackTraces().keySet())
			.noneMatch((thread) -> thread.getName().startsWith("screen-ahead-") && thread.isAlive());
		assertThat(this.screened).hasSizeLessThan(10);
	}

	@Test
	void closingLetsTheRowBeingScreenedFinishInsteadOfInterruptingIt() throws Exception {
		// embedded H2 closes its database for every connection when a thread using it is interrupted
		CountDownLatch screeningRowTwo = new CountDownLatch(1);
		AtomicBoolean interrupted = new AtomicBoolean();
		ScreenAheadReader<String, String> reader = track(new ScreenAheadReader<>(new Rows(rows(10)), (row) -> {
			if (row.equals("row-02")) {
				screeningRowTwo.countDown();
				try {
					Thread.sleep(300); // a database call in flight
				}
				catch (InterruptedException ex) {
					interrupted.set(true);
				}
			}
			return row;
		}, 4, this.step));
		reader.open(new ExecutionContext());
		reader.read();
		assertThat(screeningRowTwo.await(5, TimeUnit.SECONDS)).isTrue();

		reader.close();

		assertThat(interrupted).isFalse();
		assertThat(Thread.getAllStackTraces().keySet())
			.noneMatch((thread) -> thread.getName().startsWith("screen-ahead-") && thread.isAlive());
	}

	@Test
	void withNoRoomAheadTheRowsAreScreenedOnTheCallersThread() throws Exception {
		ScreenAheadReader<String, String> reader = open(rows(5), 0, new ExecutionContext());

		assertThat(readAll(reader)).hasSize(5);
		assertThat(this.screeningThreads).containsExactly(Thread.currentThread().getName());
	}

	private ScreenAheadReader<String, String> open(List<String> rows, int capacity, ExecutionContext context) {
		ScreenAheadReader<String, String> reader = track(new ScreenAheadReader<>(new Rows(rows), (row) -> {
			this.screened.add(row);
			this.screeningThreads.add(Thread.currentThread().getName());
			return row.toUpperCase();
		}, capacity, this.step));
		reader.open(context);
		return reader;
	}

	private ScreenAheadReader<String, String> track(ScreenAheadReader<String, String> reader) {
		this.readers.add(reader);
		return reader;
	}

	private static List<String> readAll(ScreenAheadReader<String, String> reader) throws Exception {
		List<String> out = new ArrayList<>();
		for (String row = reader.read(); row != null; row = reader.read()) {
			out.add(row);
		}
		return out;
	}

	private void awaitScreened(int rows) throws InterruptedException {
		for (int i = 0; i < 500 && this.screened.size() < rows; i++) {
			Thread.sleep(10);
		}
		assertThat(this.screened).hasSizeGreaterThanOrEqualTo(rows);
	}

	private static List<String> rows(int count) {
		List<String> rows = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			rows.add(String.format("row-%02d", i));
		}
		return rows;
	}

	/** A restartable source: its position is the count of rows read, as Spring Batch's own readers keep it. */
	private static final class Rows extends AbstractItemCountingItemStreamItemReader<String> {

		private final List<String> rows;

		private int next;

		Rows(List<String> rows) {
			this.rows = rows;
			setName("rows");
		}

		@Override
		protected String doRead() {
			return (this.next < this.rows.size()) ? this.rows.get(this.next++) : null;
		}

		@Override
		protected void doOpen() {
			this.next = 0;
		}

		@Override
		protected void doClose() {
		}

		@Override
		protected void jumpToItem(int itemIndex) {
			this.next = itemIndex;
		}

	}

}
