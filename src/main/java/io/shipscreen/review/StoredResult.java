package io.shipscreen.review;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A screening result as stored, with the cells of the flagged workbook a reviewer must not
 * alter (its key columns).
 *
 * @param runId the run
 * @param runDate the night it was screened
 * @param transactionId the transaction
 * @param decision REVIEW or HOLD (or CLEAR)
 * @param ruleIds the flagging rules, space-separated
 * @param keyCells flagged-workbook header → the text the workbook showed
 */
record StoredResult(long runId, LocalDate runDate, String transactionId, String decision, String ruleIds,
		String consigneeName, Map<String, String> keyCells) {

	StoredResult {
		keyCells = Map.copyOf(keyCells);
	}

	/** The key cells, in the order a reviewer reads them, from the result's columns. */
	static Map<String, String> keyCells(String decision, String ruleIds, String consignee, String consigneeCountry,
			String endUser, String shipTo, String partNumber, String eccn, long quantity) {
		Map<String, String> cells = new LinkedHashMap<>();
		cells.put("Decision", nz(decision));
		cells.put("Rules", nz(ruleIds));
		cells.put("Ultimate consignee", nz(consignee));
		cells.put("Consignee country", nz(consigneeCountry));
		cells.put("End user", nz(endUser));
		cells.put("Ship to", nz(shipTo));
		cells.put("Part number", nz(partNumber));
		cells.put("ECCN", nz(eccn));
		cells.put("Quantity", Long.toString(quantity));
		return cells;
	}

	private static String nz(String text) {
		return (text != null) ? text.strip() : "";
	}

}
