package io.shipscreen.job;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.shipscreen.screening.CustomerHistory;

/**
 * A chunk's customer-history lines as one text: a line per transaction, its fields separated by
 * tabs, with backslash, tab and newline escaped (a transaction id is the input's, and may hold
 * anything).
 */
final class HistoryLines {

	private HistoryLines() {
	}

	static String encode(List<CustomerHistory.Line> lines) {
		StringBuilder text = new StringBuilder(lines.size() * 64);
		for (CustomerHistory.Line line : lines) {
			escape(text, line.customer()).append('\t');
			escape(text, line.transactionId()).append('\t');
			text.append(line.value().toPlainString()).append('\t').append(line.quantity()).append('\n');
		}
		return text.toString();
	}

	static List<CustomerHistory.Line> decode(String text) {
		List<CustomerHistory.Line> lines = new ArrayList<>();
		List<String> fields = new ArrayList<>(4);
		StringBuilder field = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				char next = text.charAt(++i);
				field.append((next == 't') ? '\t' : (next == 'n') ? '\n' : next);
			}
			else if (c == '\t' || c == '\n') {
				fields.add(field.toString());
				field.setLength(0);
				if (c == '\n') {
					lines.add(new CustomerHistory.Line(fields.get(0), fields.get(1), new BigDecimal(fields.get(2)),
							Long.parseLong(fields.get(3))));
					fields.clear();
				}
			}
			else {
				field.append(c);
			}
		}
		return lines;
	}

	private static StringBuilder escape(StringBuilder text, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				default -> text.append(c);
			}
		}
		return text;
	}

}
