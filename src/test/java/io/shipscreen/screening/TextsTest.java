package io.shipscreen.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Numbers in reasons read as a reviewer writes them: grouped, at most two decimals. */
class TextsTest {

	@Test
	void groupsThousandsAndKeepsAtMostTwoDecimals() {
		assertThat(Texts.number(new BigDecimal("28497600"))).isEqualTo("28,497,600");
		assertThat(Texts.number(new BigDecimal("5.9200"))).isEqualTo("5.92");
		assertThat(Texts.number(new BigDecimal("1234.565"))).isEqualTo("1,234.57");
		assertThat(Texts.number(new BigDecimal("1E+3"))).isEqualTo("1,000");
		assertThat(Texts.number(new BigDecimal("999"))).isEqualTo("999");
		assertThat(Texts.number(new BigDecimal("-1234567.5"))).isEqualTo("-1,234,567.5");
		assertThat(Texts.number(new BigDecimal("0.004"))).isEqualTo("0.00");
		assertThat(Texts.number((BigDecimal) null)).isEqualTo("unknown");
		assertThat(Texts.number(4_800)).isEqualTo("4,800");
		assertThat(Texts.number(-100_000L)).isEqualTo("-100,000");
	}

}
