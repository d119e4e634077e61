package io.shipscreen.transaction;

/**
 * Why a row (or one of its cells) cannot be screened.
 *
 * @param column the header of the offending column, or {@code null} for a whole-row problem
 * @param position the cell position ({@code F}) or table column, or {@code null}
 * @param value the offending value as text, or {@code null}
 * @param reason a plain-English reason, e.g. {@code not a country: 'Atlantis'}
 */
public record RowProblem(String column, String position, String value, String reason) {
}
