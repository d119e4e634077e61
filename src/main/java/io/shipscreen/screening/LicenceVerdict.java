package io.shipscreen.screening;

/**
 * The register's answer for one line.
 *
 * @param clears whether the licence covers the line and has room for it
 * @param nearlyUsed whether, after this line, the licence is used up to its review share (a
 * human looks before the next shipment)
 * @param explanation the end of the reason, e.g. "licence D123 allows 100 units; 70 used before
 * this line of 40"
 * @param evidence the numbers behind it, e.g. "valid 2026-01-01..2026-12-31; units 70 + 40 of 100"
 */
public record LicenceVerdict(boolean clears, boolean nearlyUsed, String explanation, String evidence) {
}
