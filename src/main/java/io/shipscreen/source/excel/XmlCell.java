package io.shipscreen.source.excel;

/**
 * One {@code <c>} element of a worksheet, as written: nothing is resolved or converted yet.
 *
 * @param column 0-based column index (from {@code r}, or the one after the previous cell)
 * @param type the {@code t} attribute, {@code null} when absent (a number)
 * @param style the {@code s} attribute (index into the cell formats), 0 when absent
 * @param value the text of {@code <v>}, {@code null} when there is none
 * @param formula the text of {@code <f>}, {@code null} when the cell has no formula
 * @param inline the text of {@code <is>} (an inline string), {@code null} when there is none
 */
record XmlCell(int column, String type, int style, String value, String formula, String inline) {
}
