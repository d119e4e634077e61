package io.shipscreen.transaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One line item of one shipment: the columns of the input contract (docs/contract.md §1), parsed
 * and validated. Countries are ISO 3166-1 alpha-2 codes.
 *
 * @param origin where the row came from (file and row, or table key)
 * @param endUserParentCountry headquarters country of the end user's ultimate parent, or null
 * @param ultimateConsigneeParentCountry headquarters country of the ultimate consignee's ultimate
 * parent, or null
 * @param purchaserParentCountry headquarters country of the purchaser's ultimate parent, or null
 * @param extra unknown input columns, kept as pass-through context
 */
public record ExportTransaction(SourceRef origin, String transactionId, LocalDate orderDate, String exporter,
		String itemPartNumber, String itemDescription, String manufacturer, String eccn, long quantity,
		BigDecimal unitValueUsd, BigDecimal tppPerUnit, BigDecimal performanceDensity, Party purchaser,
		Party intermediateConsignee, Party ultimateConsignee, Party endUser, String endUserParentCountry,
		String ultimateConsigneeParentCountry, String purchaserParentCountry, String endUse, String shipToCountry, String paymentCountry, String licenseNumber, String licenseException,
		LocalDate customerSince, Map<String, String> extra) {

	public ExportTransaction {
		extra = (extra != null) ? Collections.unmodifiableMap(extra) : Map.of();
	}

	/** A row without the consignee's and the purchaser's parent-country columns. */
	public ExportTransaction(SourceRef origin, String transactionId, LocalDate orderDate, String exporter,
			String itemPartNumber, String itemDescription, String manufacturer, String eccn, long quantity,
			BigDecimal unitValueUsd, BigDecimal tppPerUnit, BigDecimal performanceDensity, Party purchaser,
			Party intermediateConsignee, Party ultimateConsignee, Party endUser, String endUserParentCountry,
			String endUse, String shipToCountry, String paymentCountry, String licenseNumber, String licenseException,
			LocalDate customerSince, Map<String, String> extra) {
		this(origin, transactionId, orderDate, exporter, itemPartNumber, itemDescription, manufacturer, eccn, quantity,
				unitValueUsd, tppPerUnit, performanceDensity, purchaser, intermediateConsignee, ultimateConsignee, endUser,
				endUserParentCountry, null, null, endUse, shipToCountry, paymentCountry, licenseNumber, licenseException,
				customerSince, extra);
	}

	/** Every named party of the row, in contract order (end user defaults to the consignee). */
	public List<Party> parties() {
		List<Party> parties = new ArrayList<>(4);
		if (this.purchaser != null) {
			parties.add(this.purchaser);
		}
		if (this.intermediateConsignee != null) {
			parties.add(this.intermediateConsignee);
		}
		parties.add(this.ultimateConsignee);
		if (this.endUser != null) {
			parties.add(this.endUser);
		}
		return parties;
	}

	/** The end user, or the ultimate consignee where the row names none (contract default). */
	public Party effectiveEndUser() {
		return (this.endUser != null) ? this.endUser : this.ultimateConsignee;
	}

	/** The end user's country, falling back to the ultimate consignee's country. */
	public String endUserCountry() {
		Party user = effectiveEndUser();
		return (user.country() != null) ? user.country() : this.ultimateConsignee.country();
	}

	/** Total value of the line, quantity × unit value. */
	public BigDecimal totalValueUsd() {
		return this.unitValueUsd.multiply(BigDecimal.valueOf(this.quantity));
	}

	/** Total TPP of the line (quantity × TPP per unit), when the row declares TPP. */
	public Optional<BigDecimal> totalTpp() {
		return Optional.ofNullable(this.tppPerUnit).map((tpp) -> tpp.multiply(BigDecimal.valueOf(this.quantity)));
	}

}
