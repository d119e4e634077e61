package io.shipscreen.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The policies loaded at start, and which one applies to an order. */
public interface PolicyCatalog {

	/** Every loaded policy, oldest effective date first. */
	List<Policy> all();

	Optional<Policy> byId(String id);

	/**
	 * The policy in force on {@code orderDate}; what-if policies (never enforced) are never
	 * selected by date.
	 * @throws IllegalArgumentException when no policy covers that date
	 */
	Policy forOrderDate(LocalDate orderDate);

}
