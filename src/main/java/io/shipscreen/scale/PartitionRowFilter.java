package io.shipscreen.scale;

import java.util.BitSet;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The night's source as one partition sees it: every row is read, in source order, and only the
 * partition's own rows (by ordinal, {@link PartitionPlan}) are handed on. The ordinal is saved
 * with the source's position, so a restart resumes at the same row with the same count.
 */
public final class PartitionRowFilter<T> implements ItemStreamReader<T> {

	private static final String ORDINAL = "shipscreen.partition.ordinal";

	private final ItemStreamReader<T> source;

	private final BitSet rows;

	private int ordinal;

	/** The source as {@code stepExecution} sees it: all of it, or the rows of the partition it is. */
	public static <T> ItemStreamReader<T> forStep(ItemStreamReader<T> source, StepExecution stepExecution,
			PartitionPlans plans) {
		if (!stepExecution.getExecutionContext().containsKey(AccountPartitioner.PARTITION)) {
			return source;
		}
		long runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		return new PartitionRowFilter<>(source,
				plans.rows(runId, stepExecution.getExecutionContext().getInt(AccountPartitioner.PARTITION)));
	}

	PartitionRowFilter(ItemStreamReader<T> source, BitSet rows) {
		this.source = source;
		this.rows = rows;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.source.open(executionContext);
		this.ordinal = executionContext.getInt(ORDINAL, 0);
	}

	@Override
	public T read() throws Exception {
		T row;
		while ((row = this.source.read()) != null) {
			if (this.rows.get(this.ordinal++)) {
				return row;
			}
		}
		return null;
	}

	@Override
	public void update(ExecutionContext executionContext) {
		this.source.update(executionContext);
		executionContext.putInt(ORDINAL, this.ordinal);
	}

	@Override
	public void close() {
		this.source.close();
	}

}
