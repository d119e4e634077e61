package io.shipscreen.parties;

/**
 * One name or alias of a list entry, prepared for matching.
 *
 * @param id position in the index
 * @param entry the list entry it names
 * @param asListed the name exactly as the list writes it
 * @param alias whether it is an alias rather than the primary name
 * @param form its normalised tokens
 * @param tokenIds the tokens' ids in the index vocabulary
 * @param weights each token's weight (rare tokens weigh more)
 * @param totalWeight sum of {@code weights}
 * @param withoutAcronym whether this is the name read without the acronym the list appends to it
 * ("HAQQANI NETWORK" for "HAQQANI NETWORK (HQN)")
 */
record IndexedName(int id, ListEntry entry, String asListed, boolean alias, NameForm form, int[] tokenIds,
		float[] weights, float totalWeight, boolean withoutAcronym) {
}
