package io.shipscreen.result;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;


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

	static final String STORED_COLUMNS = "transaction_id, run_id, decision, order_date, source_file, source_row, "
			+ "source_key, fields, stored_at";

	/**
	 * A row is replaced only by the same or a later run: an older night restarted afterwards keeps
	 * its hands off. The stored columns are named with their table, which an insert from the
	 * {@code LOAD DATA} stage (a table with the same columns) needs.
	 */
	static final String ON_DUPLICATE = Stream
		.of("decision", "order_date", "source_file", "source_row", "source_key", "fields", "stored_at")
		.map((column) -> "screened_transaction.%1$s = CASE WHEN VALUES(run_id) >= screened_transaction.run_id"
			.formatted(column) + " THEN VALUES(%1$s) ELSE screened_transaction.%1$s END".formatted(column))
		.collect(Collectors.joining(", ", "", ", screened_transaction.run_id = GREATEST(screened_transaction.run_id, VALUES(run_id))"));

	static final String UPSERT = "INSERT INTO screened_transaction (" + STORED_COLUMNS
			+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE " + ON_DUPLICATE;

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");


	/** The columns a {@link StoredTransaction} is read from. */
	public static final String COLUMNS = "transaction_id, run_id, decision, order_date, source_file, source_row, "
			+ "source_key, fields";

	private final JdbcTemplate jdbc;

	private final boolean enabled;

	private final boolean loadData;

	private final StoredFields storedFields = new StoredFields();

	/**
	 * @param enabled false for runs whose results must not become a transaction's latest
	 * screening (what-if policies)
	 */
	public TransactionStore(JdbcTemplate jdbc, boolean enabled) {
		this(jdbc, enabled, false);
	}

	/**
	 * @param loadData whether the rows go as a {@code LOAD DATA LOCAL} stream through a temporary
	 * table (as the results do with {@code shipscreen.result.load-data}) instead of batched upserts
	 */
	public TransactionStore(JdbcTemplate jdbc, boolean enabled, boolean loadData) {
		this.jdbc = jdbc;
		this.enabled = enabled;
		this.loadData = loadData;
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
		if (this.loadData) {
			LoadDataLocal.upsert(this.jdbc, "screened_transaction", STORED_COLUMNS, rows(results, TIMESTAMP.format(now)),
					ON_DUPLICATE);
			return;
		}
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

	private LoadDataRows rows(List<ScreeningResult> results, String now) {
		LoadDataRows rows = new LoadDataRows(results.size());
		for (ScreeningResult result : results) {
			ExportTransaction tx = result.transaction();
			rows.text(tx.transactionId())
				.number(result.runId())
				.text(result.outcome().decision().name())
				.date(tx.orderDate())
				.text(tx.origin().file())
				.number(tx.origin().row())
				.text(tx.origin().key())
				.text(encode(tx))
				.literal(now)
				.endRow();
		}
		return rows;
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
