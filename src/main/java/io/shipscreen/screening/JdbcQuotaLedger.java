package io.shipscreen.screening;

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

/**
 * The quota ledgers in table {@code quota_ledger_entry} (Flyway V10), one row per (ledger,
 * account, period, transaction). Idempotent by construction: persisting a transaction again
 * (a replayed chunk, a {@code --rerun}) overwrites its row; "drawn before" a transaction is the
 * sum over rows ordered before it by (order_date, transaction_id), so a transaction never
 * counts against itself or twice.
 * <p>
 * Charges screened in this process but not yet committed (the processor screens a whole chunk
 * before the writer persists it) are held in memory from {@link #drawnBefore} until the chunk
 * transaction commits, and replace their own database row where one exists.
 */
@Repository
public class JdbcQuotaLedger implements QuotaLedger {

	/** Above this many pending rows, subtract them in Java instead of a NOT IN list. */
	private static final int MAX_IN_LIST = 500;

	private static final String ORDERED_BEFORE = "ledger = ? AND account = ? AND quota_period = ?"
			+ " AND (order_date < ? OR (order_date = ? AND transaction_id < ?))";

	private static final String UPSERT = "INSERT INTO quota_ledger_entry"
			+ " (ledger, account, quota_period, transaction_id, order_date, amount, run_id) VALUES (?, ?, ?, ?, ?, ?, ?)"
			+ " ON DUPLICATE KEY UPDATE order_date = VALUES(order_date), amount = VALUES(amount), run_id = VALUES(run_id)";

	private final JdbcTemplate jdbc;

	private final QuotaLimits limits;

	/** Reservations per step execution: the partitions of a night screen at once, each its own accounts. */
	private final StepLocal<Map<Account, ConcurrentSkipListMap<Position, BigDecimal>>> pending = new StepLocal<>(
			ConcurrentHashMap::new);

	public JdbcQuotaLedger(JdbcTemplate jdbc, QuotaLimits limits) {
		this.jdbc = jdbc;
		this.limits = limits;
	}

	/** Also reserves this charge in memory until the transaction that persists it commits. */
	@Override
	public BigDecimal drawnBefore(QuotaCharge charge, LocalDate orderDate, String transactionId) {
		Account account = new Account(charge.ledger(), charge.account(), charge.period());
		Position position = new Position(orderDate, transactionId);
		ConcurrentSkipListMap<Position, BigDecimal> reserved = this.pending.get().computeIfAbsent(account,
				(a) -> new ConcurrentSkipListMap<>());
		reserved.put(position, charge.amount());
		BigDecimal fromMemory = BigDecimal.ZERO;
		Set<String> ids = new HashSet<>();
		for (Map.Entry<Position, BigDecimal> entry : reserved.entrySet()) {
			// Every reserved transaction replaces its database row, whatever the database's collation
			// says about its order; only those before this one count.
			ids.add(entry.getKey().transactionId());
			if (entry.getKey().compareTo(position) < 0) {
				fromMemory = fromMemory.add(entry.getValue());
			}
		}
		return fromMemory.add(fromDatabase(account, position, ids));
	}

	/** Rows ordered before {@code position}, except those held in memory (they replace their rows). */
	private BigDecimal fromDatabase(Account account, Position position, Set<String> inMemory) {
		List<Object> args = new ArrayList<>(List.of(account.ledger(), account.account(), account.period(),
				Date.valueOf(position.orderDate()), Date.valueOf(position.orderDate()), position.transactionId()));
		if (inMemory.size() <= MAX_IN_LIST) {
			StringBuilder sql = new StringBuilder("SELECT COALESCE(SUM(amount), 0) FROM quota_ledger_entry WHERE ")
				.append(ORDERED_BEFORE);
			if (!inMemory.isEmpty()) {
				sql.append(" AND transaction_id NOT IN (").append("?,".repeat(inMemory.size() - 1)).append("?)");
				args.addAll(inMemory);
			}
			BigDecimal sum = this.jdbc.queryForObject(sql.toString(), BigDecimal.class, args.toArray());
			return (sum != null) ? sum : BigDecimal.ZERO;
		}
		BigDecimal[] sum = { BigDecimal.ZERO };
		this.jdbc.query("SELECT transaction_id, amount FROM quota_ledger_entry WHERE " + ORDERED_BEFORE, (rs) -> {
			if (!inMemory.contains(rs.getString(1))) {
				sum[0] = sum[0].add(rs.getBigDecimal(2));
			}
		}, args.toArray());
		return sum[0];
	}

	@Override
	public void persist(long runId, String transactionId, LocalDate orderDate, List<QuotaCharge> charges) {
		if (charges.isEmpty()) {
			// No database call for the rows that draw on no quota (nearly all of them).
			return;
		}
		Set<Account> accounts = new HashSet<>();
		charges.forEach((c) -> accounts.add(new Account(c.ledger(), c.account(), c.period())));
		// A rerun may charge another account than before (a renamed consignee): drop stale rows.
		List<Account> existing = this.jdbc.query(
				"SELECT ledger, account, quota_period FROM quota_ledger_entry WHERE transaction_id = ?",
				(rs, row) -> new Account(rs.getString(1), rs.getString(2), rs.getString(3)), transactionId);
		for (Account stale : existing) {
			if (!accounts.contains(stale)) {
				this.jdbc.update("DELETE FROM quota_ledger_entry WHERE ledger = ? AND account = ? AND quota_period = ?"
						+ " AND transaction_id = ?", stale.ledger(), stale.account(), stale.period(), transactionId);
			}
		}
		for (QuotaCharge charge : charges) {
			this.jdbc.update(UPSERT, charge.ledger(), charge.account(), charge.period(), transactionId,
					Date.valueOf(orderDate), charge.amount(), runId);
		}
		Position position = new Position(orderDate, transactionId);
		Map<Account, ConcurrentSkipListMap<Position, BigDecimal>> reservations = this.pending.get();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_COMMITTED) {
						release(reservations, accounts, position);
					}
				}
			});
		}
		else {
			release(reservations, accounts, position);
		}
	}

	@Override
	public void forgetUncommitted() {
		this.pending.get().clear();
		this.pending.remove();
	}

	private static void release(Map<Account, ConcurrentSkipListMap<Position, BigDecimal>> reservations,
			Set<Account> accounts, Position position) {
		for (Account account : accounts) {
			ConcurrentSkipListMap<Position, BigDecimal> reserved = reservations.get(account);
			if (reserved != null) {
				reserved.remove(position);
			}
		}
	}

	@Override
	public List<QuotaBalance> balances() {
		return this.jdbc.query("SELECT ledger, account, quota_period, SUM(amount) FROM quota_ledger_entry"
				+ " GROUP BY ledger, account, quota_period ORDER BY ledger, account, quota_period",
				(rs, row) -> new QuotaBalance(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
						this.limits.limit(rs.getString(1), rs.getString(2))));
	}

	private record Account(String ledger, String account, String period) {
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
