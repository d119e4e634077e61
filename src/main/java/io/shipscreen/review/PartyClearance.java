package io.shipscreen.review;

import io.shipscreen.parties.Clearance;

/** A good-guy pair a FALSE POSITIVE adds, with the party field it came from. */
record PartyClearance(Clearance clearance, String field) {
}
