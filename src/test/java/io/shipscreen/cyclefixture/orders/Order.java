package io.shipscreen.cyclefixture.orders;

import io.shipscreen.cyclefixture.billing.Invoice;

/** Half of a deliberate package cycle, for {@code PackageCyclesTest}. */
public record Order(String id, Invoice invoice) {
}
