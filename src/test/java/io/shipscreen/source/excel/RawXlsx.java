package io.shipscreen.source.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.util.CellReference;

/**
 * Writes an .xlsx by hand, part by part, for the inputs Excel itself would never save: a cell of
 * 40,000 characters, a DOCTYPE in the sheet XML, a sheet past 1,048,576 rows (streamed, so it
 * costs no memory), a sheet that expands a thousandfold. Strings are inline, numbers plain;
 * {@link #sharedStrings()} writes them to a shared-string table instead (as Excel, openpyxl and
 * LibreOffice do), {@link Xml} writes one cell's XML verbatim (what another program emits), and
 * {@link #part} adds further parts (styles, document properties) as those programs write them.
 */
final class RawXlsx {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private String sheetName = "Transactions";

	private String prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

	private final List<List<Object>> rows = new ArrayList<>();

	private Consumer<RowSink> streamed;

	/** A formula cell with the result Excel cached when it saved ({@code null}: none cached). */
	record Formula(String expression, Object cached) {
	}

	/** An error cell such as {@code #DIV/0!}. */
	record Error(String code) {
	}

	/**
	 * One cell written as given, e.g. {@code <c r="@" t="s"><v>999</v></c>}: {@code @} is replaced
	 * by the cell's reference.
	 */
	record Xml(String cell) {
	}

	private boolean sharedStrings;

	private final List<String> strings = new ArrayList<>();

	private final java.util.Map<String, Integer> stringIndex = new java.util.HashMap<>();

	private final java.util.Map<String, String> extraParts = new java.util.LinkedHashMap<>();

	private String sheetPrefix = "";

	/** Text cells go to {@code xl/sharedStrings.xml} ({@code t="s"}), as most writers do. */
	RawXlsx sharedStrings() {
		this.sharedStrings = true;
		return this;
	}

	/** A further part, e.g. {@code xl/styles.xml} or {@code docProps/app.xml}. */
	RawXlsx part(String name, String xml) {
		this.extraParts.put(name, xml);
		return this;
	}

	/** XML written inside {@code <worksheet>} before {@code <sheetData>} (sheet properties, views, columns). */
	RawXlsx beforeSheetData(String xml) {
		this.sheetPrefix = xml;
		return this;
	}

	static RawXlsx sheet(String name) {
		RawXlsx xlsx = new RawXlsx();
		xlsx.sheetName = name;
		return xlsx;
	}

	/** Replaces the sheet part's XML declaration (e.g. to add a DOCTYPE). */
	RawXlsx prolog(String prolog) {
		this.prolog = prolog;
		return this;
	}

	RawXlsx row(Object... values) {
		this.rows.add(List.of(values));
		return this;
	}

	RawXlsx row(List<?> values) {
		this.rows.add(new ArrayList<>(values));
		return this;
	}

	/** A row given as column → value, in the order of {@code headers}. */
	RawXlsx row(List<String> headers, java.util.Map<String, ?> values) {
		List<Object> row = new ArrayList<>();
		headers.forEach((header) -> row.add(values.get(header)));
		this.rows.add(row);
		return this;
	}

	/** Further rows produced while the file is written. */
	RawXlsx streamRows(Consumer<RowSink> producer) {
		this.streamed = producer;
		return this;
	}

	/** Receives rows to write after the fixed ones. */
	interface RowSink {

		void row(List<?> values);

	}

	Path writeTo(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			part(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
					<Default Extension="xml" ContentType="application/xml"/>\
					<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
					<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
					%s%s</Types>""".formatted(this.sharedStrings ? "<Override PartName=\"/xl/sharedStrings.xml\" "
					+ "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
					: "", this.extraParts.containsKey("xl/styles.xml") ? "<Override PartName=\"/xl/styles.xml\" "
							+ "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
							: ""));
			part(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
					</Relationships>""");
			part(zip, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
					<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(MAIN,
					escape(this.sheetName)));
			part(zip, "xl/_rels/workbook.xml.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
					%s%s</Relationships>""".formatted(this.sharedStrings ? "<Relationship Id=\"rId2\" Type=\""
					+ "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
					+ "Target=\"sharedStrings.xml\"/>" : "", this.extraParts.containsKey("xl/styles.xml")
							? "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
									+ "relationships/styles\" Target=\"styles.xml\"/>" : ""));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			Writer sheet = new java.io.BufferedWriter(
					new java.io.OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8), 1 << 16);
			sheet.write(this.prolog);
			sheet.write("<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/"
					+ "officeDocument/2006/relationships\">" + this.sheetPrefix + "<sheetData>");
			long[] next = { 1 };
			RowSink sink = (values) -> writeRow(sheet, next[0]++, values);
			this.rows.forEach(sink::row);
			if (this.streamed != null) {
				this.streamed.accept(sink);
			}
			sheet.write("</sheetData></worksheet>");
			sheet.flush();
			zip.closeEntry();
			if (this.sharedStrings) {
				StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
						+ "<sst xmlns=\"" + MAIN + "\" count=\"" + this.strings.size() + "\" uniqueCount=\""
						+ this.strings.size() + "\">");
				this.strings.forEach((text) -> sst.append("<si><t xml:space=\"preserve\">").append(escape(text))
					.append("</t></si>"));
				part(zip, "xl/sharedStrings.xml", sst.append("</sst>").toString());
			}
			for (java.util.Map.Entry<String, String> extra : this.extraParts.entrySet()) {
				part(zip, extra.getKey(), extra.getValue());
			}
		}
		return file;
	}

	private void writeRow(Writer out, long rowNumber, List<?> values) {
		try {
			out.write("<row r=\"" + rowNumber + "\">");
			for (int c = 0; c < values.size(); c++) {
				Object value = values.get(c);
				if (value == null) {
					continue;
				}
				String ref = CellReference.convertNumToColString(c) + rowNumber;
				if (value instanceof Xml xml) {
					out.write(xml.cell().replace("\"@\"", "\"" + ref + "\""));
				}
				else if (value instanceof Formula formula) {
					String f = "<f>" + escape(formula.expression()) + "</f>";
					if (formula.cached() == null) {
						out.write("<c r=\"" + ref + "\">" + f + "</c>");
					}
					else if (formula.cached() instanceof Number number) {
						out.write("<c r=\"" + ref + "\">" + f + "<v>" + number + "</v></c>");
					}
					else {
						out.write("<c r=\"" + ref + "\" t=\"str\">" + f + "<v>" + escape(formula.cached().toString())
								+ "</v></c>");
					}
				}
				else if (value instanceof Error error) {
					out.write("<c r=\"" + ref + "\" t=\"e\"><v>" + escape(error.code()) + "</v></c>");
				}
				else if (value instanceof java.time.LocalDate date) {
					out.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + date + "</t></is></c>");
				}
				else if (value instanceof Number number) {
					out.write("<c r=\"" + ref + "\"><v>" + number + "</v></c>");
				}
				else if (value instanceof Boolean bool) {
					out.write("<c r=\"" + ref + "\" t=\"b\"><v>" + (bool ? 1 : 0) + "</v></c>");
				}
				else if (this.sharedStrings) {
					int index = this.stringIndex.computeIfAbsent(value.toString(), (text) -> {
						this.strings.add(text);
						return this.strings.size() - 1;
					});
					out.write("<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>");
				}
				else {
					out.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
							+ escape(value.toString()) + "</t></is></c>");
				}
			}
			out.write("</row>");
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(xml.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/** Lets the sheet writer be flushed without closing the zip under it. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
