package io.shipscreen.scale;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.partition.PartitionNameProvider;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import io.shipscreen.transaction.RawRow;

/**
 * Splits the screen step of a night into partitions that screen disjoint sets of accounts (see
 * {@link PartitionPlan}): it reads the night's rows once, works out the plan, and stores it for the
 * run, where every partition's reader looks up its rows. Runs inside the manager step, so the
 * source it reads is that step's (step-scoped) reader. On a restart the partitions keep the plan
 * they were given; a plan lost before it was stored is worked out again from the same rows.
 */
public final class AccountPartitioner implements Partitioner, PartitionNameProvider {

	private static final Logger log = LoggerFactory.getLogger(AccountPartitioner.class);

	/** Which partition a worker step execution is: its number in the run's plan. */
	public static final String PARTITION = "shipscreen.partition";

	private static final String NAME = "partition";

	private final ItemStreamReader<RawRow> source;

	private final Supplier<AccountKeys> keys;

	private final PartitionPlans plans;

	public AccountPartitioner(ItemStreamReader<RawRow> source, Supplier<AccountKeys> keys, PartitionPlans plans) {
		this.source = source;
		this.keys = keys;
		this.plans = plans;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		plan(runId(), gridSize);
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int p = 0; p < gridSize; p++) {
			ExecutionContext context = new ExecutionContext();
			context.putInt(PARTITION, p);
			partitions.put(NAME + p, context);
		}
		return partitions;
	}

	/** A restart: the same names; the partitions' own contexts (their plan number) are kept. */
	@Override
	public Collection<String> getPartitionNames(int gridSize) {
		long runId = runId();
		if (!this.plans.exists(runId)) {
			plan(runId, gridSize);
		}
		List<String> names = new ArrayList<>(gridSize);
		for (int p = 0; p < gridSize; p++) {
			names.add(NAME + p);
		}
		return names;
	}

	private void plan(long runId, int gridSize) {
		long started = System.nanoTime();
		PartitionPlan plan = new PartitionPlan();
		AccountKeys keys = this.keys.get();
		this.source.open(new ExecutionContext());
		try {
			RawRow row;
			while ((row = this.source.read()) != null) {
				plan.add(keys.of(row));
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("the rows could not be read to partition the night: " + ex.getMessage(), ex);
		}
		finally {
			this.source.close();
		}
		PartitionPlan.Assignment assignment = plan.assign(gridSize);
		this.plans.save(runId, assignment.rows());
		List<Integer> sizes = assignment.rows().stream().map(BitSet::cardinality).toList();
		log.info("run={} partitioned: {} rows in {} groups of shared accounts (largest {} rows) -> {} partitions of {} rows ({} ms)",
				runId, plan.rows(), assignment.groups(), assignment.largestGroup(), gridSize, sizes,
				(System.nanoTime() - started) / 1_000_000);
	}

	private static long runId() {
		return StepSynchronizationManager.getContext().getStepExecution().getJobExecution().getJobInstance()
			.getInstanceId();
	}

}
