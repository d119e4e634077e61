package io.shipscreen.result;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Rows in the text format of MySQL's {@code LOAD DATA} with its default field and line
 * terminators: fields separated by a tab, rows ended by a newline, {@code \N} for NULL, and a
 * backslash before a tab, newline, carriage return, NUL or backslash inside a value. Values are
 * written as the driver would send them in a literal (dates ISO, decimals plain), so the server
 * converts them exactly as it converts the batched inserts' parameters.
 */
final class LoadDataRows {

	private final StringBuilder text;

	private boolean rowStarted;

	LoadDataRows(int expectedRows) {
		this.text = new StringBuilder(expectedRows * 256);
	}

	LoadDataRows text(String value) {
		separate();
		if (value == null) {
			this.text.append("\\N");
			return this;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> this.text.append("\\\\");
				case '\t' -> this.text.append("\\t");
				case '\n' -> this.text.append("\\n");
				case '\r' -> this.text.append("\\r");
				case '\0' -> this.text.append("\\0");
				default -> this.text.append(c);
			}
		}
		return this;
	}

	LoadDataRows number(long value) {
		separate();
		this.text.append(value);
		return this;
	}

	LoadDataRows decimal(BigDecimal value) {
		separate();
		this.text.append((value != null) ? value.toPlainString() : "\\N");
		return this;
	}

	LoadDataRows date(LocalDate value) {
		separate();
		this.text.append((value != null) ? value.toString() : "\\N");
		return this;
	}

	/** A value already in the server's literal form (the chunk's timestamp, formatted once). */
	LoadDataRows literal(String value) {
		separate();
		this.text.append(value);
		return this;
	}

	LoadDataRows endRow() {
		this.text.append('\n');
		this.rowStarted = false;
		return this;
	}

	boolean isEmpty() {
		return this.text.isEmpty();
	}

	InputStream stream() {
		return new ByteArrayInputStream(this.text.toString().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return this.text.toString();
	}

	private void separate() {
		if (this.rowStarted) {
			this.text.append('\t');
		}
		this.rowStarted = true;
	}

}
