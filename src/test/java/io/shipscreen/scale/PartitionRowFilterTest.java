package io.shipscreen.scale;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import static org.assertj.core.api.Assertions.assertThat;

class PartitionRowFilterTest {

	@Test
	void handsOnOnlyThePartitionsRowsAndResumesAtTheSameRowAfterARestart() throws Exception {
		BitSet mine = new BitSet();
		mine.set(1);
		mine.set(2);
		mine.set(5);
		mine.set(8);
		PartitionRowFilter<String> filter = new PartitionRowFilter<>(letters(), mine);
		ExecutionContext context = new ExecutionContext();
		filter.open(context);
		assertThat(filter.read()).isEqualTo("b");
		assertThat(filter.read()).isEqualTo("c");
		filter.update(context);
		filter.close();

		// a restart from the saved position
		PartitionRowFilter<String> restarted = new PartitionRowFilter<>(letters(), mine);
		restarted.open(context);
		List<String> rest = new ArrayList<>();
		String row;
		while ((row = restarted.read()) != null) {
			rest.add(row);
		}
		assertThat(rest).containsExactly("f", "i");
	}

	/** a..j, counting what it read, as the job's sources do. */
	private static ItemStreamReader<String> letters() {
		AbstractItemCountingItemStreamItemReader<String> reader = new AbstractItemCountingItemStreamItemReader<>() {

			private final List<String> letters = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");

			private int next;

			@Override
			protected String doRead() {
				return (this.next < this.letters.size()) ? this.letters.get(this.next++) : null;
			}

			@Override
			protected void doOpen() {
				this.next = 0;
			}

			@Override
			protected void doClose() {
			}

		};
		reader.setName("letters");
		return reader;
	}

}
