package io.shipscreen.licence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.shipscreen.report.SummarySheet;

/**
 * The summary workbook's {@code Licences} sheet: every licence of the register with its limits,
 * what all nights used, what remains, its expiry, and the lines that drew on it tonight.
 */
@Component
public class LicencesSheet implements SummarySheet {

	/** Tonight's lines listed per licence in its cell; more are counted. */
	private static final int MAX_LINES_LISTED = 50;

	private final LicenceRegister register;

	private final LicenceLedger ledger;

	public LicencesSheet(LicenceRegister register, LicenceLedger ledger) {
		this.register = register;
		this.ledger = ledger;
	}

	@Override
	public String name() {
		return "Licences";
	}

	@Override
	public List<String> headers() {
		return List.of("Licence", "Valid from", "Valid to", "ECCNs", "Countries", "Parties", "Max units", "Used units",
				"Remaining units", "Max value (USD)", "Used value (USD)", "Remaining value (USD)", "Lines tonight",
				"Drawn tonight");
	}

	@Override
	public List<Object[]> rows(long runId) {
		Map<String, LicenceUse> used = this.ledger.used();
		Map<String, List<LicenceDraw>> tonight = new LinkedHashMap<>();
		for (LicenceDraw draw : this.ledger.drawsOfRun(runId)) {
			tonight.computeIfAbsent(draw.licence(), (l) -> new ArrayList<>()).add(draw);
		}
		List<Object[]> rows = new ArrayList<>();
		List<Licence> licences = this.register.licences().stream().sorted(Comparator.comparing(Licence::number)).toList();
		for (Licence licence : licences) {
			LicenceUse use = used.getOrDefault(licence.number(), LicenceUse.NONE);
			List<LicenceDraw> lines = tonight.getOrDefault(licence.number(), List.of());
			rows.add(new Object[] { licence.number(), licence.validFrom().toString(), licence.validTo().toString(),
					String.join("; ", licence.eccns()), String.join("; ", licence.countries().stream().sorted().toList()),
					licence.parties().isEmpty() ? "any" : String.join("; ", licence.parties()), licence.maxQuantity(),
					use.quantity(), (licence.maxQuantity() != null) ? licence.maxQuantity() - use.quantity() : null,
					licence.maxValueUsd(), use.valueUsd(),
					(licence.maxValueUsd() != null) ? licence.maxValueUsd().subtract(use.valueUsd()) : null,
					lines.size(), listed(lines) });
		}
		// Draws on licences no longer in the register stay visible: they were counted.
		used.forEach((number, use) -> {
			if (this.register.find(number).isEmpty()) {
				List<LicenceDraw> lines = tonight.getOrDefault(number, List.of());
				rows.add(new Object[] { number, "", "", "", "", "not in the register", null, use.quantity(), null, null,
						use.valueUsd(), (BigDecimal) null, lines.size(), listed(lines) });
			}
		});
		return rows;
	}

	private static String listed(List<LicenceDraw> lines) {
		String text = lines.stream()
			.limit(MAX_LINES_LISTED)
			.map((d) -> d.transactionId() + " (" + d.orderDate() + "): " + Numbers.units(d.drawn().quantity()) + " units, "
					+ Numbers.usd(d.drawn().valueUsd()) + " USD")
			.collect(Collectors.joining("\n"));
		return (lines.size() > MAX_LINES_LISTED) ? text + "\n... and " + (lines.size() - MAX_LINES_LISTED) + " more" : text;
	}

}
