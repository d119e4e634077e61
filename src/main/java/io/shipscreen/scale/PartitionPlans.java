package io.shipscreen.scale;

import java.util.BitSet;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The partition plans of the runs, in {@code screening_partition_plan} (Flyway V76). */
@Repository
public class PartitionPlans {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	public PartitionPlans(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Replaces the run's plan, whole or not at all. */
	void save(long runId, List<BitSet> partitions) {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.update("DELETE FROM screening_partition_plan WHERE run_id = ?", runId);
			for (int p = 0; p < partitions.size(); p++) {
				this.jdbc.update("INSERT INTO screening_partition_plan (run_id, partition_no, row_count, row_bits)"
						+ " VALUES (?, ?, ?, ?)", runId, p, partitions.get(p).cardinality(),
						partitions.get(p).toByteArray());
			}
		});
	}

	boolean exists(long runId) {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM screening_partition_plan WHERE run_id = ?",
				Integer.class, runId);
		return count != null && count > 0;
	}

	/** The rows of one partition of the run. */
	BitSet rows(long runId, int partition) {
		List<byte[]> bits = this.jdbc.query(
				"SELECT row_bits FROM screening_partition_plan WHERE run_id = ? AND partition_no = ?",
				(rs, row) -> rs.getBytes(1), runId, partition);
		if (bits.isEmpty()) {
			throw new IllegalStateException("run " + runId + " has no plan for partition " + partition
					+ ": the manager's partition step did not record one");
		}
		return BitSet.valueOf(bits.get(0));
	}

}
