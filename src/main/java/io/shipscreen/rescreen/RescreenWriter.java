package io.shipscreen.rescreen;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import io.shipscreen.job.CustomerHistoryListener;
import io.shipscreen.result.ScreenedItem;
import io.shipscreen.result.ScreeningResult;
import io.shipscreen.result.ScreeningResultWriter;
import io.shipscreen.result.TransactionStore;

/**
 * Writes a chunk of re-screened transactions in the chunk's transaction: the new results, hits,
 * rejects and quota charges (the nightly writer, so the rescreen is a run like any other), the
 * transactions as now last screened, the changed decisions, and the chunk's customer-history
 * lines. Idempotent like the nightly writer: a replayed chunk overwrites the same keys.
 */
class RescreenWriter implements ItemWriter<Rescreened> {

	static final String UPSERT_CHANGE = """
			INSERT INTO rescreen_change (run_id, transaction_id, previous_run_id, previous_decision, changed_by,
			    new_entries)
			VALUES (?, ?, ?, ?, ?, ?)
			ON DUPLICATE KEY UPDATE previous_run_id = VALUES(previous_run_id),
			    previous_decision = VALUES(previous_decision), changed_by = VALUES(changed_by),
			    new_entries = VALUES(new_entries)
			""";

	private final ScreeningResultWriter results;

	private final TransactionStore store;

	private final CustomerHistoryListener history;

	private final JdbcTemplate jdbc;

	RescreenWriter(ScreeningResultWriter results, TransactionStore store, CustomerHistoryListener history,
			JdbcTemplate jdbc) {
		this.results = results;
		this.store = store;
		this.history = history;
		this.jdbc = jdbc;
	}

	@Override
	public void write(Chunk<? extends Rescreened> chunk) throws Exception {
		List<ScreenedItem> items = new ArrayList<>(chunk.size());
		List<ScreeningResult> screened = new ArrayList<>(chunk.size());
		List<Object[]> changes = new ArrayList<>();
		for (Rescreened rescreened : chunk) {
			items.add(rescreened.item());
			if (rescreened.item() instanceof ScreeningResult result) {
				screened.add(result);
				if (rescreened.change() != null) {
					changes.add(new Object[] { result.runId(), result.transaction().transactionId(),
							rescreened.previous().runId(), rescreened.previous().decision(),
							rescreened.change().changedBy(), rescreened.change().newEntries() });
				}
			}
		}
		Chunk<ScreenedItem> written = new Chunk<>(items);
		try {
			this.results.write(written);
			this.store.store(screened);
			if (!changes.isEmpty()) {
				this.jdbc.batchUpdate(UPSERT_CHANGE, changes);
			}
			this.history.afterWrite(written);
		}
		catch (Exception ex) {
			this.history.onWriteError(ex, written);
			throw ex;
		}
	}

}
