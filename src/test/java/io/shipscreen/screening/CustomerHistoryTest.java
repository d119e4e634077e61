package io.shipscreen.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The history a DIVERSION-VOLUME row is compared with: every earlier line of the run, whether
 * its chunk is written yet or not; and each chunk stores the lines of its own rows only, so a
 * restart reloads exactly what was committed.
 */
class CustomerHistoryTest {

	private final CustomerHistory history = new CustomerHistory(100);

	@Test
	void aLineSeesTheEarlierLinesOfTheRunWrittenOrNot() {
		this.history.stageByChunk();
		this.history.record("acme|SG", "T1", new BigDecimal("100"), 1);
		this.history.record("acme|SG", "T2", new BigDecimal("300"), 3);

		CustomerHistory.Snapshot before = this.history.record("acme|SG", "T3", new BigDecimal("5000"), 50);

		assertThat(before.count()).isEqualTo(2);
		assertThat(before.averageValue()).isEqualByComparingTo("200");
		assertThat(before.averageQuantity()).isEqualByComparingTo("2");
	}

	@Test
	void aChunkCommitsTheLinesOfItsOwnRowsNotThoseScreenedAheadOfIt() {
		this.history.stageByChunk();
		this.history.record("acme|SG", "T1", new BigDecimal("100"), 1);
		this.history.record("bolt|MY", "T2", new BigDecimal("200"), 2);
		this.history.record("acme|SG", "T3", new BigDecimal("300"), 3);

		List<CustomerHistory.Line> first = this.history.commitStaged(List.of("T1", "T2"));
		List<CustomerHistory.Line> second = this.history.commitStaged(List.of("T3", "T4-REJECTED"));

		assertThat(first).extracting(CustomerHistory.Line::transactionId).containsExactly("T1", "T2");
		assertThat(second).extracting(CustomerHistory.Line::transactionId).containsExactly("T3");
		assertThat(this.history.commitStaged(List.of("T1", "T2", "T3"))).isEmpty();
	}

	@Test
	void aChunkThatFailsForgetsItsOwnLinesOnly() {
		this.history.stageByChunk();
		this.history.record("acme|SG", "T1", new BigDecimal("100"), 1);
		this.history.record("acme|SG", "T2", new BigDecimal("300"), 3);

		this.history.discardStaged(List.of("T1"));

		assertThat(this.history.commitStaged(List.of("T1", "T2"))).extracting(CustomerHistory.Line::transactionId)
			.containsExactly("T2");
	}

	@Test
	void aReloadedLineIsNotCountedAgainWhenItsRowIsScreenedAgain() {
		this.history.stageByChunk();
		this.history.seed("acme|SG", "T1", new BigDecimal("100"), 1);
		this.history.seed("acme|SG", "T2", new BigDecimal("300"), 3);

		CustomerHistory.Snapshot again = this.history.record("acme|SG", "T2", new BigDecimal("300"), 3);

		assertThat(again.count()).isEqualTo(1);
		assertThat(again.averageValue()).isEqualByComparingTo("100");
	}

}
