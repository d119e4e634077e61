package io.shipscreen.scale;

import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartitionPlanTest {

	@Test
	void rowsThatShareAnAccountDirectlyOrThroughOthersAreInOnePartition() {
		PartitionPlan plan = new PartitionPlan();
		plan.add(List.of("id:1", "customer:acme"));
		plan.add(List.of("id:2", "customer:zeta"));
		plan.add(List.of("id:3", "customer:acme", "licence:D1"));
		plan.add(List.of("id:4", "customer:omega", "licence:D1"));
		plan.add(List.of("id:5", "customer:zeta"));
		plan.add(List.of("id:6", "customer:solo"));

		PartitionPlan.Assignment assignment = plan.assign(3);

		// acme and omega are joined through licence D1; zeta's rows stay together
		assertThat(partitionOf(assignment, 0)).isEqualTo(partitionOf(assignment, 2)).isEqualTo(partitionOf(assignment, 3));
		assertThat(partitionOf(assignment, 1)).isEqualTo(partitionOf(assignment, 4));
		assertThat(assignment.groups()).isEqualTo(3);
		assertThat(assignment.largestGroup()).isEqualTo(3);
		assertThat(assignment.rows().stream().mapToInt(BitSet::cardinality).sum()).isEqualTo(6);
	}

	@Test
	void aDuplicateTransactionIdLandsWithTheFirstRowOfThatId() {
		PartitionPlan plan = new PartitionPlan();
		plan.add(List.of("id:A", "customer:one"));
		for (int i = 0; i < 10; i++) {
			plan.add(List.of("id:X" + i, "customer:c" + i));
		}
		plan.add(List.of("id:A", "customer:two"));

		PartitionPlan.Assignment assignment = plan.assign(4);

		assertThat(partitionOf(assignment, 0)).isEqualTo(partitionOf(assignment, 11));
	}

	@Test
	void groupsAreDealtLargestFirstToTheLightestPartition() {
		PartitionPlan plan = new PartitionPlan();
		for (int i = 0; i < 8; i++) {
			plan.add(List.of("customer:big"));
		}
		for (int i = 0; i < 8; i++) {
			plan.add(List.of("customer:small-" + i));
		}

		PartitionPlan.Assignment assignment = plan.assign(2);

		assertThat(assignment.rows()).extracting(BitSet::cardinality).containsExactly(8, 8);
		assertThat(assignment.rows().get(0).get(0, 8).cardinality()).isEqualTo(8);
	}

	@Test
	void moreRowsThanTheFirstArraysHoldAndMorePartitionsThanGroups() {
		PartitionPlan plan = new PartitionPlan();
		for (int i = 0; i < 50_000; i++) {
			plan.add(List.of("id:" + i, "customer:" + (i % 3)));
		}

		PartitionPlan.Assignment assignment = plan.assign(5);

		assertThat(assignment.groups()).isEqualTo(3);
		assertThat(assignment.rows()).extracting(BitSet::cardinality).containsExactlyInAnyOrder(16_667, 16_667, 16_666, 0, 0);
	}

	@Test
	void thePlanDependsOnTheRowsOnly() {
		PartitionPlan first = new PartitionPlan();
		PartitionPlan second = new PartitionPlan();
		for (PartitionPlan plan : List.of(first, second)) {
			for (int i = 0; i < 1000; i++) {
				plan.add(List.of("id:" + i, "customer:" + (i * 7919 % 97)));
			}
		}
		assertThat(first.assign(4).rows()).isEqualTo(second.assign(4).rows());
	}

	private static int partitionOf(PartitionPlan.Assignment assignment, int row) {
		for (int p = 0; p < assignment.rows().size(); p++) {
			if (assignment.rows().get(p).get(row)) {
				return p;
			}
		}
		throw new AssertionError("row " + row + " is in no partition");
	}

}
