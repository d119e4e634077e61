package io.shipscreen.licence;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.shipscreen.screening.DrawLedger;
import io.shipscreen.screening.StepLocal;
import io.shipscreen.transaction.ExportTransaction;

/**
 * The licence draws in table {@code licence_draw} (Flyway V72), one row per (licence,
 * transaction). What a line finds used before it is the sum over the licence's rows ordered
 * before it by (order_date, transaction_id): a function of that order only, never of the night,
 * chunk or thread that screened a line, so a replayed chunk, a restart or a {@code --rerun}
 * overwrites a line's own row and never counts it twice or against itself.
 * <p>
 * Every line the licence covers draws its full quantity and value, including one held because
 * it does not fit: it may still ship after a reviewer's release, and a release must not reshuffle
 * what the other lines found. Lines screened in this process and not yet committed (the reader
 * screens chunks ahead of the writer) are held in memory from {@link #use} until the chunk
 * transaction commits, and replace their own database row where one exists.
 */
@Repository
public class LicenceLedger implements DrawLedger {

	/** Above this many pending rows, subtract them in Java instead of a NOT IN list. */
	private static final int MAX_IN_LIST = 500;

	private static final String ORDERED_BEFORE = "license_number = ?"
			+ " AND (order_date < ? OR (order_date = ? AND transaction_id < ?))";

	private static final String ORDERED_AFTER = "license_number = ?"
			+ " AND (order_date > ? OR (order_date = ? AND transaction_id > ?))";

	private static final String UPSERT = "INSERT INTO licence_draw"
			+ " (license_number, transaction_id, order_date, quantity, value_usd, run_id) VALUES (?, ?, ?, ?, ?, ?)"
			+ " ON DUPLICATE KEY UPDATE order_date = VALUES(order_date), quantity = VALUES(quantity),"
			+ " value_usd = VALUES(value_usd), run_id = VALUES(run_id)";

	private final JdbcTemplate jdbc;

	/**
	 * The uncommitted lines, per step execution: the partitions of a night screen at once, each the
	 * lines of its own licences (docs/scale-out.md).
	 */
	private final StepLocal<Reservations> reservations = new StepLocal<>(Reservations::new);

	/** Per licence, the uncommitted lines in ledger order; per uncommitted transaction, its licence. */
	private record Reservations(Map<String, ConcurrentSkipListMap<Position, LicenceUse>> pending,
			Map<String, Pending> byTransaction) {

		Reservations() {
			this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
		}

	}

	public LicenceLedger(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What the lines ordered before this one drew on {@code licence}; reserves this line's draw in
	 * memory until the transaction that persists it commits. Asking again for the same line (another
	 * requirement, a replayed chunk) replaces its reservation.
	 */
	public LicenceUse use(String licence, LocalDate orderDate, String transactionId, LicenceUse line) {
		return position(licence, orderDate, transactionId, line).before();
	}

	/**
	 * {@link #use}, and also what the lines ordered after this one, already screened or drawn (a
	 * line that arrives later than lines ordered after it), drew: they were decided without it.
	 */
	public LedgerPosition position(String licence, LocalDate orderDate, String transactionId, LicenceUse line) {
		Position position = new Position(orderDate, transactionId);
		Reservations mine = this.reservations.get();
		Pending previous = mine.byTransaction().put(transactionId, new Pending(licence, position));
		if (previous != null && !previous.licence().equals(licence)) {
			ConcurrentSkipListMap<Position, LicenceUse> old = mine.pending().get(previous.licence());
			if (old != null) {
				old.remove(previous.position());
			}
		}
		ConcurrentSkipListMap<Position, LicenceUse> reserved = mine.pending().computeIfAbsent(licence,
				(l) -> new ConcurrentSkipListMap<>());
		reserved.put(position, line);
		LicenceUse before = LicenceUse.NONE;
		LicenceUse after = LicenceUse.NONE;
		List<String> later = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (Map.Entry<Position, LicenceUse> entry : reserved.entrySet()) {
			// Every reserved line replaces its database row; only those before this one count.
			ids.add(entry.getKey().transactionId());
			int order = entry.getKey().compareTo(position);
			if (order < 0) {
				before = before.plus(entry.getValue());
			}
			else if (order > 0) {
				after = after.plus(entry.getValue());
				later.add(entry.getKey().transactionId());
			}
		}
		before = before.plus(fromDatabase(licence, position, ids, ORDERED_BEFORE, null));
		after = after.plus(fromDatabase(licence, position, ids, ORDERED_AFTER, later));
		if (!later.isEmpty() && drawnBefore(licence, transactionId)) {
			// a replay or a rerun: the lines after it were screened while its earlier row counted
			return new LedgerPosition(before, LicenceUse.NONE, List.of());
		}
		return new LedgerPosition(before, after, later);
	}

	private boolean drawnBefore(String licence, String transactionId) {
		Integer rows = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM licence_draw WHERE license_number = ? AND transaction_id = ?", Integer.class, licence,
				transactionId);
		return rows != null && rows > 0;
	}

	/** The sums over the licence's rows on one side of {@code position}, except those held in memory. */
	private LicenceUse fromDatabase(String licence, Position position, Set<String> inMemory, String side,
			List<String> idsFound) {
		List<Object> args = new ArrayList<>(List.of(licence, Date.valueOf(position.orderDate()),
				Date.valueOf(position.orderDate()), position.transactionId()));
		if (idsFound == null && inMemory.size() <= MAX_IN_LIST) {
			StringBuilder sql = new StringBuilder(
					"SELECT COALESCE(SUM(quantity), 0), COALESCE(SUM(value_usd), 0) FROM licence_draw WHERE ")
				.append(side);
			if (!inMemory.isEmpty()) {
				sql.append(" AND transaction_id NOT IN (").append("?,".repeat(inMemory.size() - 1)).append("?)");
				args.addAll(inMemory);
			}
			return this.jdbc.queryForObject(sql.toString(),
					(rs, row) -> new LicenceUse(rs.getLong(1), value(rs.getBigDecimal(2))), args.toArray());
		}
		LicenceUse[] sum = { LicenceUse.NONE };
		this.jdbc.query("SELECT transaction_id, quantity, value_usd FROM licence_draw WHERE " + side, (rs) -> {
			if (!inMemory.contains(rs.getString(1))) {
				sum[0] = sum[0].plus(new LicenceUse(rs.getLong(2), value(rs.getBigDecimal(3))));
				if (idsFound != null) {
					idsFound.add(rs.getString(1));
				}
			}
		}, args.toArray());
		return sum[0];
	}

	private static BigDecimal value(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

	/**
	 * Persists the line's reserved draw in the caller's transaction, replacing what an earlier run
	 * recorded for it (another licence, or none now). Lines without a licence number touch nothing.
	 */
	@Override
	public void persist(long runId, ExportTransaction tx) {
		Reservations mine = this.reservations.get();
		Pending reserved = mine.byTransaction().get(tx.transactionId());
		if (reserved == null && (tx.licenseNumber() == null || tx.licenseNumber().isBlank())) {
			return;
		}
		LicenceUse drawn = null;
		if (reserved != null) {
			ConcurrentSkipListMap<Position, LicenceUse> lines = mine.pending().get(reserved.licence());
			drawn = (lines != null) ? lines.get(reserved.position()) : null;
		}
		if (drawn == null) {
			this.jdbc.update("DELETE FROM licence_draw WHERE transaction_id = ?", tx.transactionId());
			return;
		}
		this.jdbc.update("DELETE FROM licence_draw WHERE transaction_id = ? AND license_number <> ?", tx.transactionId(),
				reserved.licence());
		this.jdbc.update(UPSERT, reserved.licence(), tx.transactionId(), Date.valueOf(reserved.position().orderDate()),
				drawn.quantity(), drawn.valueUsd(), runId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_COMMITTED) {
						release(mine, tx.transactionId(), reserved);
					}
				}
			});
		}
		else {
			release(mine, tx.transactionId(), reserved);
		}
	}

	private static void release(Reservations mine, String transactionId, Pending reserved) {
		mine.byTransaction().remove(transactionId, reserved);
		ConcurrentSkipListMap<Position, LicenceUse> lines = mine.pending().get(reserved.licence());
		if (lines != null) {
			lines.remove(reserved.position());
		}
	}

	@Override
	public void forgetUncommitted() {
		Reservations mine = this.reservations.get();
		mine.pending().clear();
		mine.byTransaction().clear();
		this.reservations.remove();
	}

	/** Each licence's committed use over all nights. */
	public Map<String, LicenceUse> used() {
		Map<String, LicenceUse> used = new java.util.TreeMap<>();
		this.jdbc.query("SELECT license_number, SUM(quantity), SUM(value_usd) FROM licence_draw GROUP BY license_number",
				(rs) -> {
					used.put(rs.getString(1), new LicenceUse(rs.getLong(2), value(rs.getBigDecimal(3))));
				});
		return used;
	}

	/** The draws one run recorded, in ledger order, each with what was used before it. */
	public List<LicenceDraw> drawsOfRun(long runId) {
		return draws("d.run_id = ?", runId);
	}

	/** Every draw of one transaction (one per licence it ever drew on; normally one). */
	public List<LicenceDraw> drawsOf(String transactionId) {
		return draws("d.transaction_id = ?", transactionId);
	}

	private List<LicenceDraw> draws(String where, Object key) {
		return this.jdbc.query("""
				SELECT d.license_number, d.transaction_id, d.order_date, d.quantity, d.value_usd, d.run_id,
				       (SELECT COALESCE(SUM(b.quantity), 0) FROM licence_draw b WHERE b.license_number = d.license_number
				        AND (b.order_date < d.order_date OR (b.order_date = d.order_date AND b.transaction_id < d.transaction_id))),
				       (SELECT COALESCE(SUM(b.value_usd), 0) FROM licence_draw b WHERE b.license_number = d.license_number
				        AND (b.order_date < d.order_date OR (b.order_date = d.order_date AND b.transaction_id < d.transaction_id)))
				FROM licence_draw d WHERE\s""" + where + " ORDER BY d.license_number, d.order_date, d.transaction_id",
				(rs, row) -> new LicenceDraw(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
						new LicenceUse(rs.getLong(4), value(rs.getBigDecimal(5))), rs.getLong(6),
						new LicenceUse(rs.getLong(7), value(rs.getBigDecimal(8)))),
				key);
	}

	private record Pending(String licence, Position position) {
	}

	/** Ledger order: by order date, then transaction id. */
	private record Position(LocalDate orderDate, String transactionId) implements Comparable<Position> {

		Position {
			Objects.requireNonNull(orderDate, "orderDate");
			Objects.requireNonNull(transactionId, "transactionId");
		}

		@Override
		public int compareTo(Position other) {
			int byDate = this.orderDate.compareTo(other.orderDate);
			return (byDate != 0) ? byDate : this.transactionId.compareTo(other.transactionId);
		}

	}

}
