package io.shipscreen.transaction;

/**
 * One input cell before parsing.
 *
 * @param header the header as written in the source (for error messages)
 * @param position the cell's position for error messages, e.g. {@code F} (sheet column) or the
 * table column name
 * @param value a {@link String}, {@link java.math.BigDecimal}, {@link Double}, {@link Long},
 * {@link java.time.LocalDate} or {@link Boolean}; never a blank string (blank cells are absent)
 */
public record RawCell(String header, String position, Object value) {
}
