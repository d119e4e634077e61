package io.shipscreen.result;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import io.shipscreen.transaction.ExportTransaction;
import io.shipscreen.transaction.SourceRef;
import io.shipscreen.transaction.TransactionFields;

/**
 * {@code screened_transaction}: every transaction as it was last screened (its input columns as
 * text, its extra columns, the run and the decision), one row per transaction id, so that
 * {@code rescreen} can screen it again against newer lists without its workbook, which the next
 * night's export has usually replaced. Written in the chunk's transaction with the results; a
 * row is replaced only by a later run (an older night restarted afterwards never overwrites a
 * newer screening). What-if runs ({@code --policy}) do not write it: their decisions are not
 * what the shipment was cleared on.
 */
public class TransactionStore implements ItemWriter<ScreenedItem> {

	static final String UPSERT = """
			INSERT INTO screened_transaction (transaction_id, run_id, decision, order_date, source_file, source_row,
			    source_key, fields, stored_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON DUPLICATE KEY UPDATE
			    decision = CASE WHEN VALUES(run_id) >= run_id THEN VALUES(decision) ELSE decision END,
			    order_date = CASE WHEN VALUES(run_id) >= run_id THEN VALUES(order_date) ELSE order_date END,
			    source_file = CASE WHEN VALUES(run_id) >= run_id THEN VALUES(source_file) ELSE source_file END,
			    source_row = CASE WHEN VALUES(run_id) >= run_id THEN VALUES(source_row) ELSE source_row END,
			    source_key = CASE WHEN VALUES(run_id) >= run_id THEN VALUES(source_key) ELSE source_key END,
			    fields = CASE WHEN VALUES(run_id) >= run_id THEN VALUES(fields) ELSE fields END,
			    stored_at = CASE WHEN VALUES(run_id) >= run_id THEN VALUES(stored_at) ELSE stored_at END,
			    run_id = GREATEST(run_id, VALUES(run_id))
			""";

	/** The columns a {@link StoredTransaction} is read from. */
	public static final String COLUMNS = "transaction_id, run_id, decision, order_date, source_file, source_row, "
			+ "source_key, fields";

	private final JdbcTemplate jdbc;

	private final boolean enabled;

	private final StoredFields storedFields = new StoredFields();

	/**
	 * @param enabled false for runs whose results must not become a transaction's latest
	 * screening (what-if policies)
	 */
	public TransactionStore(JdbcTemplate jdbc, boolean enabled) {
		this.jdbc = jdbc;
		this.enabled = enabled;
	}

	/**
	 * One stored transaction with the decision it last got.
	 *
	 * @param runId the run of that decision (its hits are in {@code screening_hit})
	 * @param unreadable why the stored fields cannot be read (a row edited by hand), or null
	 */
	public record StoredTransaction(String transactionId, long runId, String decision, LocalDate orderDate,
			SourceRef origin, Map<String, String> fields, Map<String, String> extra, String unreadable) {
	}

	@Override
	public void write(Chunk<? extends ScreenedItem> chunk) {
		if (!this.enabled) {
			return;
		}
		List<ScreeningResult> results = new ArrayList<>(chunk.size());
		for (ScreenedItem item : chunk) {
			if (item instanceof ScreeningResult result) {
				results.add(result);
			}
		}
		store(results);
	}

	public void store(List<ScreeningResult> results) {
		if (results.isEmpty()) {
			return;
		}
		LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
		this.jdbc.batchUpdate(UPSERT, results, results.size(), (ps, result) -> {
			ExportTransaction tx = result.transaction();
			ps.setString(1, tx.transactionId());
			ps.setLong(2, result.runId());
			ps.setString(3, result.outcome().decision().name());
			ps.setObject(4, tx.orderDate());
			ps.setString(5, tx.origin().file());
			ps.setLong(6, tx.origin().row());
			if (tx.origin().key() != null) {
				ps.setString(7, tx.origin().key());
			}
			else {
				ps.setNull(7, Types.VARCHAR);
			}
			ps.setString(8, encode(tx));
			ps.setObject(9, now);
		});
	}

	String encode(ExportTransaction tx) {
		return this.storedFields.encode(TransactionFields.of(tx), tx.extra());
	}

	/** Maps a row selected with {@link #COLUMNS}. */
	public StoredTransaction map(ResultSet rs, int row) throws SQLException {
		String transactionId = rs.getString("transaction_id");
		String key = rs.getString("source_key");
		String file = rs.getString("source_file");
		SourceRef origin = (key != null) ? SourceRef.ofKey(file, key) : SourceRef.ofRow(file, rs.getLong("source_row"));
		StoredFields.Document document;
		String unreadable = null;
		try {
			document = this.storedFields.decode(rs.getString("fields"));
		}
		catch (IllegalArgumentException ex) {
			// one damaged row is that row's problem, never the whole re-screen's
			document = new StoredFields.Document(Map.of(), Map.of());
			unreadable = "stored fields are unreadable (" + ex.getMessage() + ")";
		}
		return new StoredTransaction(transactionId, rs.getLong("run_id"), rs.getString("decision"),
				rs.getObject("order_date", LocalDate.class), origin, document.fields(), document.extra(), unreadable);
	}

}
