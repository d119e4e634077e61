package io.shipscreen.cyclefixture.billing;

import io.shipscreen.cyclefixture.orders.Order;

/** The other half of a deliberate package cycle, for {@code PackageCyclesTest}. */
public record Invoice(String number, Order order) {
}
