package io.shipscreen.licence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import io.shipscreen.transaction.ExportTransaction;
import io.shipscreen.transaction.Party;
import io.shipscreen.transaction.PartyRole;
import io.shipscreen.transaction.SourceRef;

/**
 * A licensed order line: by default 10 H100 SXM (3A090.a, 30,000 USD each) to Tsinghua Research
 * Computing Center in China, ordered 2026-11-30 under licence D123.
 */
final class Line {

	private String id = "TX-1";

	private LocalDate orderDate = LocalDate.of(2026, 11, 30);

	private String eccn = "3A090.a";

	private long quantity = 10;

	private BigDecimal unitValue = new BigDecimal("30000");

	private String consignee = "Tsinghua Research Computing Center";

	private String country = "CN";

	private Party endUser;

	private String licence = "D123";

	static Line of(String id) {
		Line line = new Line();
		line.id = id;
		return line;
	}

	Line ordered(LocalDate date) {
		this.orderDate = date;
		return this;
	}

	Line ordered(String date) {
		return ordered(LocalDate.parse(date));
	}

	Line eccn(String eccn) {
		this.eccn = eccn;
		return this;
	}

	Line units(long quantity) {
		this.quantity = quantity;
		return this;
	}

	Line unitValue(String usd) {
		this.unitValue = new BigDecimal(usd);
		return this;
	}

	Line to(String consignee, String country) {
		this.consignee = consignee;
		this.country = country;
		return this;
	}

	Line endUser(String name, String country) {
		this.endUser = new Party(PartyRole.END_USER, name, null, country);
		return this;
	}

	Line licence(String number) {
		this.licence = number;
		return this;
	}

	ExportTransaction build() {
		return new ExportTransaction(SourceRef.ofRow("orders.xlsx", 2), this.id, this.orderDate, "Example Exports Inc.",
				"H100-SXM5-80G", "NVIDIA H100 SXM5 80GB data center GPU", "NVIDIA", this.eccn, this.quantity,
				this.unitValue, new BigDecimal("15832"), new BigDecimal("19.45"), null, null,
				new Party(PartyRole.ULTIMATE_CONSIGNEE, this.consignee, "30 Shuangqing Rd, Beijing", this.country),
				this.endUser, null, "Climate modelling", this.country, null, this.licence, null, null, Map.of());
	}

}
