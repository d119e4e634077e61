package io.shipscreen.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import io.shipscreen.transaction.ExportTransaction;
import io.shipscreen.transaction.Party;
import io.shipscreen.transaction.PartyRole;
import io.shipscreen.transaction.SourceRef;

/**
 * A readable transaction fixture: by default 10 H100 SXM (15,832 TPP) to a Japanese
 * data-centre operator, ordered 2026-03-02, with a plain end-use statement.
 */
final class Tx {

	private String id = "TX-1";

	private LocalDate orderDate = LocalDate.of(2026, 3, 2);

	private String partNumber = "H100-SXM5-80G";

	private String description = "NVIDIA H100 SXM5 80GB data center GPU";

	private String manufacturer = "NVIDIA";

	private String eccn = "3A090.a";

	private long quantity = 10;

	private BigDecimal unitValue = new BigDecimal("30000");

	private BigDecimal tpp = new BigDecimal("15832");

	private BigDecimal pd = new BigDecimal("19.45");

	private Party purchaser;

	private Party intermediate;

	private String consigneeName = "Sakura Compute KK";

	private String consigneeAddress = "1-2-3 Otemachi, Chiyoda-ku, Tokyo";

	private String consigneeCountry = "JP";

	private Party endUser;

	private String parentCountry;

	private String consigneeParentCountry;

	private String purchaserParentCountry;

	private String endUse = "Recommendation models for our e-commerce platform";

	private String shipTo = "JP";

	private String payment;

	private String licenseNumber;

	private String licenseException;

	private LocalDate customerSince = LocalDate.of(2019, 4, 1);

	static Tx h100() {
		return new Tx();
	}

	Tx id(String id) {
		this.id = id;
		return this;
	}

	Tx ordered(String isoDate) {
		this.orderDate = LocalDate.parse(isoDate);
		return this;
	}

	Tx item(String partNumber, String description, String manufacturer) {
		this.partNumber = partNumber;
		this.description = description;
		this.manufacturer = manufacturer;
		return this;
	}

	Tx eccn(String eccn) {
		this.eccn = eccn;
		return this;
	}

	Tx performance(String tpp, String pd) {
		this.tpp = (tpp != null) ? new BigDecimal(tpp) : null;
		this.pd = (pd != null) ? new BigDecimal(pd) : null;
		return this;
	}

	Tx quantity(long quantity) {
		this.quantity = quantity;
		return this;
	}

	Tx unitValue(String usd) {
		this.unitValue = new BigDecimal(usd);
		return this;
	}

	/** Consignee and ship-to in {@code country}. */
	Tx to(String country) {
		this.consigneeCountry = country;
		this.shipTo = country;
		return this;
	}

	Tx consignee(String name, String address, String country) {
		this.consigneeName = name;
		this.consigneeAddress = address;
		this.consigneeCountry = country;
		return this;
	}

	Tx shipTo(String country) {
		this.shipTo = country;
		return this;
	}

	Tx endUser(String name, String country) {
		this.endUser = new Party(PartyRole.END_USER, name, null, country);
		return this;
	}

	Tx parent(String country) {
		this.parentCountry = country;
		return this;
	}

	Tx consigneeParent(String country) {
		this.consigneeParentCountry = country;
		return this;
	}

	Tx purchaserParent(String country) {
		this.purchaserParentCountry = country;
		return this;
	}

	Tx intermediate(String name, String country) {
		this.intermediate = new Party(PartyRole.INTERMEDIATE_CONSIGNEE, name, null, country);
		return this;
	}

	Tx purchaser(String name, String country) {
		this.purchaser = new Party(PartyRole.PURCHASER, name, null, country);
		return this;
	}

	Tx endUse(String endUse) {
		this.endUse = endUse;
		return this;
	}

	Tx payment(String country) {
		this.payment = country;
		return this;
	}

	Tx licence(String number) {
		this.licenseNumber = number;
		return this;
	}

	Tx exception(String code) {
		this.licenseException = code;
		return this;
	}

	Tx customerSince(String isoDate) {
		this.customerSince = (isoDate != null) ? LocalDate.parse(isoDate) : null;
		return this;
	}

	ExportTransaction build() {
		return new ExportTransaction(SourceRef.ofRow("fixture.xlsx", 2), this.id, this.orderDate, "Example Exports Inc.",
				this.partNumber, this.description, this.manufacturer, this.eccn, this.quantity, this.unitValue, this.tpp,
				this.pd, this.purchaser, this.intermediate,
				new Party(PartyRole.ULTIMATE_CONSIGNEE, this.consigneeName, this.consigneeAddress, this.consigneeCountry),
				this.endUser, this.parentCountry, this.consigneeParentCountry, this.purchaserParentCountry, this.endUse, this.shipTo, this.payment, this.licenseNumber,
				this.licenseException, this.customerSince, Map.of());
	}

}
