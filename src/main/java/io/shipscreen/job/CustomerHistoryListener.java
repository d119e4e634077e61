package io.shipscreen.job;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;

import io.shipscreen.result.ScreenedItem;
import io.shipscreen.result.ScreeningResult;
import io.shipscreen.screening.CustomerHistory;

/**
 * Keeps {@code DIVERSION-VOLUME}'s customer history deterministic in the nightly job: each
 * chunk's counted lines are stored in the chunk's own transaction and a restarted run reloads
 * them, so it flags exactly what an uninterrupted run would (see {@link CustomerHistory#stageByChunk}).
 * The lines stored with a chunk are those of its own rows, not of the rows screened ahead of it.
 * Public: the rescreen job keeps its history the same way.
 */
public class CustomerHistoryListener implements StepExecutionListener, ItemWriteListener<ScreenedItem> {

	private static final Logger log = LoggerFactory.getLogger(CustomerHistoryListener.class);

	private final CustomerHistory history;

	private final JdbcTemplate jdbc;

	private volatile long runId;

	public CustomerHistoryListener(CustomerHistory history, JdbcTemplate jdbc) {
		this.history = history;
		this.jdbc = jdbc;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		this.history.stageByChunk();
		int[] seeded = { 0 };
		this.jdbc.query("SELECT history_lines FROM customer_history_chunk WHERE run_id = ? ORDER BY first_transaction_id",
				(rs) -> {
					for (CustomerHistory.Line line : HistoryLines.decode(rs.getString(1))) {
						this.history.seed(line.customer(), line.transactionId(), line.value(), line.quantity());
						seeded[0]++;
					}
				}, this.runId);
		if (seeded[0] > 0) {
			log.info("run={} restart: customer history reloaded with {} lines", this.runId, seeded[0]);
		}
	}

	/** Runs inside the chunk's transaction, after its results are written. */
	@Override
	public void afterWrite(Chunk<? extends ScreenedItem> items) {
		List<CustomerHistory.Line> lines = this.history.commitStaged(transactionIds(items));
		if (lines.isEmpty()) {
			return;
		}
		// one row per chunk: a per-line insert cost the full run a million rows a night
		this.jdbc.update("""
				INSERT INTO customer_history_chunk (run_id, first_transaction_id, line_count, history_lines)
				VALUES (?, ?, ?, ?)
				ON DUPLICATE KEY UPDATE line_count = VALUES(line_count), history_lines = VALUES(history_lines)
				""", this.runId, lines.get(0).transactionId(), lines.size(), HistoryLines.encode(lines));
	}

	@Override
	public void onWriteError(Exception exception, Chunk<? extends ScreenedItem> items) {
		// only this chunk's: the lines of the rows screened ahead of it belong to their own chunks
		this.history.discardStaged(transactionIds(items));
	}

	private static List<String> transactionIds(Chunk<? extends ScreenedItem> items) {
		List<String> transactionIds = new ArrayList<>(items.size());
		for (ScreenedItem item : items) {
			if (item instanceof ScreeningResult result) {
				transactionIds.add(result.transaction().transactionId());
			}
		}
		return transactionIds;
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		this.history.discardStaged();
		return null;
	}

}
