package io.shipscreen.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * What a written xlsx says, part by part: the workbook part (sheet names and order, defined names
 * such as print titles and filters), the styles, and each sheet's XML (rows, cells, widths, panes,
 * filters, validations, page setup) under its sheet's name, in sheet order. Leaves out what only
 * packages it: the file names and ids of the sheet parts, which follow the order sheets were made
 * in, and the creation time.
 */
final class WorkbookParts {

	private static final Pattern SHEET = Pattern.compile("<sheet name=\"([^\"]+)\" r:id=\"(rId\\d+)\"");

	private static final Pattern RELATIONSHIP = Pattern.compile("Id=\"(rId\\d+)\" Target=\"([^\"]+)\"");

	private WorkbookParts() {
	}

	static Map<String, String> of(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			String workbook = text(zip, "xl/workbook.xml");
			Map<String, String> targets = new LinkedHashMap<>();
			Matcher relationship = RELATIONSHIP.matcher(text(zip, "xl/_rels/workbook.xml.rels"));
			while (relationship.find()) {
				targets.put(relationship.group(1), relationship.group(2));
			}
			Map<String, String> parts = new LinkedHashMap<>();
			parts.put("workbook", workbook.replaceAll(" (r:id|sheetId)=\"[^\"]*\"", ""));
			parts.put("styles", text(zip, "xl/styles.xml"));
			Matcher sheet = SHEET.matcher(workbook);
			while (sheet.find()) {
				parts.put("sheet " + sheet.group(1), text(zip, "xl/" + targets.get(sheet.group(2))));
			}
			return parts;
		}
	}

	private static String text(ZipFile zip, String name) throws IOException {
		var entry = zip.getEntry(name);
		if (entry == null) {
			throw new IllegalArgumentException("no " + name + " in " + zip.getName());
		}
		try (var in = zip.getInputStream(entry)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
