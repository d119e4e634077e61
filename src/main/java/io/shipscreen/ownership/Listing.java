package io.shipscreen.ownership;

import io.shipscreen.parties.ListEntry;

/**
 * A register name that is itself on a restricted-party list: a strong match (at or above the
 * party hold threshold, after country corroboration) that no reviewer has cleared.
 *
 * @param entry the list entry
 * @param asListed the listed name or alias that matched
 * @param score the match score
 */
public record Listing(ListEntry entry, String asListed, double score) {
}
