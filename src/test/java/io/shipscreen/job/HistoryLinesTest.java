package io.shipscreen.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.shipscreen.screening.CustomerHistory;

/** A chunk's history lines come back from their stored text exactly as they were counted. */
class HistoryLinesTest {

	@Test
	void linesSurviveTheirTextWhateverTheTransactionIdHolds() {
		List<CustomerHistory.Line> lines = List.of(
				new CustomerHistory.Line("sakura cloud systems kk|JP", "SO-1", new BigDecimal("4500.00"), 10),
				new CustomerHistory.Line("hanbit ai co ltd|KR", "odd\tid\\with\nbreaks", new BigDecimal("0.0001"), 1),
				new CustomerHistory.Line("|", "", BigDecimal.ZERO, 0));

		assertThat(HistoryLines.decode(HistoryLines.encode(lines))).isEqualTo(lines);
	}

	@Test
	void nothingStoredIsNothingRead() {
		assertThat(HistoryLines.decode(HistoryLines.encode(List.of()))).isEmpty();
	}

}
