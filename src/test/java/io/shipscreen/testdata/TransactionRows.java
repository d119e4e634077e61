package io.shipscreen.testdata;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.shipscreen.transaction.Column;

/**
 * Readable transaction rows for tests: {@code TransactionRows.clean("TX-1").with("ship_to_country", "CN")}.
 * A clean row is an EAR99 server part for a Japanese consignee, which no rule flags.
 */
public final class TransactionRows {

	public static final List<String> HEADERS = Arrays.stream(Column.values()).map(Column::header).toList();

	private TransactionRows() {
	}

	public static Row clean(String transactionId) {
		Row row = new Row();
		row.put("transaction_id", transactionId);
		row.put("order_date", LocalDate.of(2026, 11, 30));
		row.put("exporter", "Shipscreen Demo Inc.");
		row.put("item_part_number", "PSU-2000W");
		row.put("item_description", "2000 W server power supply");
		row.put("manufacturer", "Delta Electronics");
		row.put("eccn", "EAR99");
		row.put("quantity", 10);
		row.put("unit_value_usd", 450.00);
		row.put("ultimate_consignee_name", "Sakura Cloud Systems KK");
		row.put("ultimate_consignee_address", "1-2-3 Marunouchi, Chiyoda-ku, Tokyo");
		row.put("ultimate_consignee_country", "JP");
		row.put("end_use", "Power supplies for our own data centre in Osaka");
		row.put("ship_to_country", "JP");
		row.put("customer_since", LocalDate.of(2015, 4, 1));
		return row;
	}

	/** An NVIDIA H100 order (3A090.a, 15,832 TPP) for {@code consignee} in {@code country}. */
	public static Row h100(String transactionId, String consignee, String country) {
		return clean(transactionId).with("item_part_number", "H100-SXM5-80G")
			.with("item_description", "NVIDIA H100 SXM5 80GB data-centre GPU")
			.with("manufacturer", "NVIDIA")
			.with("eccn", "3A090.a")
			.with("tpp_per_unit", 15832)
			.with("performance_density", 19.4)
			.with("quantity", 8)
			.with("unit_value_usd", 30000)
			.with("ultimate_consignee_name", consignee)
			.with("ultimate_consignee_country", country)
			.with("ship_to_country", country)
			.with("end_use", "AI research cluster");
	}

	/** A row as column → value, with a fluent {@link #with}. */
	public static final class Row extends LinkedHashMap<String, Object> {

		public Row with(String column, Object value) {
			put(column, value);
			return this;
		}

		public Row without(String column) {
			remove(column);
			return this;
		}

		public Map<String, Object> asMap() {
			return this;
		}

	}

}
