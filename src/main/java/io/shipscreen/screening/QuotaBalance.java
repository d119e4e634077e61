package io.shipscreen.screening;

import java.math.BigDecimal;

/** One ledger account's use against its limit, as shown in the summary workbook. */
public record QuotaBalance(String ledger, String account, String period, BigDecimal used, BigDecimal limit) {

	public BigDecimal remaining() {
		return (this.limit != null) ? this.limit.subtract(this.used) : null;
	}

}
