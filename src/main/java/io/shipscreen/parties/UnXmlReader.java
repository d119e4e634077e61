package io.shipscreen.parties;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The UN Security Council consolidated list XML ({@code CONSOLIDATED_LIST} with
 * {@code INDIVIDUALS} and {@code ENTITIES}). Names are the name parts joined; aliases are
 * {@code ALIAS_NAME}s and the name in original script.
 */
final class UnXmlReader {

	/** The entries and the list's {@code dateGenerated} (yyyy-MM-dd, or null). */
	record Result(List<ListEntry> entries, String dateGenerated) {
	}

	private final XMLInputFactory factory = createFactory();

	private static XMLInputFactory createFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		// No DTDs or external entities in a downloaded file.
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory;
	}

	Result read(String file, String text) {
		List<ListEntry> entries = new ArrayList<>();
		String date = null;
		XMLStreamReader xml = null;
		try {
			xml = this.factory.createXMLStreamReader(new StringReader(text));
			Record current = null;
			String element = null;
			List<String> path = new ArrayList<>();
			StringBuilder value = new StringBuilder();
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					element = xml.getLocalName();
					path.add(element);
					value.setLength(0);
					if (path.size() == 1) {
						if (!element.equals("CONSOLIDATED_LIST")) {
							throw new ListFormatException(file, xml.getLocation().getLineNumber(),
									"root element is <" + element + ">, expected <CONSOLIDATED_LIST>");
						}
						String generated = xml.getAttributeValue(null, "dateGenerated");
						date = (generated != null && generated.length() >= 10) ? generated.substring(0, 10) : null;
					}
					if (element.equals("INDIVIDUAL") || element.equals("ENTITY")) {
						current = new Record(element.equals("INDIVIDUAL") ? EntryType.INDIVIDUAL : EntryType.ENTITY,
								xml.getLocation().getLineNumber());
					}
				}
				else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
					value.append(xml.getText());
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					String name = xml.getLocalName();
					String parent = (path.size() >= 2) ? path.get(path.size() - 2) : "";
					if (current != null) {
						current.accept(parent, name, value.toString().trim());
						if (name.equals("INDIVIDUAL") || name.equals("ENTITY")) {
							entries.add(current.toEntry(file));
							current = null;
						}
					}
					path.remove(path.size() - 1);
					value.setLength(0);
				}
			}
		}
		catch (XMLStreamException ex) {
			long line = (ex.getLocation() != null) ? ex.getLocation().getLineNumber() : 1;
			throw new ListFormatException(file, line, "malformed XML (" + firstLine(ex.getMessage()) + ")", ex);
		}
		finally {
			if (xml != null) {
				try {
					xml.close();
				}
				catch (XMLStreamException ignored) {
					// nothing left to release
				}
			}
		}
		return new Result(entries, date);
	}

	private static String firstLine(String message) {
		String text = String.valueOf(message);
		int colon = text.indexOf("Message: ");
		return ((colon >= 0) ? text.substring(colon + 9) : text).replaceAll("\\s+", " ").trim();
	}

	/** Collects one INDIVIDUAL or ENTITY. */
	private static final class Record {

		private final EntryType type;

		private final long line;

		private final String[] nameParts = new String[4];

		private String reference;

		private String dataId;

		private String listedOn;

		private String listType;

		private final List<String> aliases = new ArrayList<>();

		private final List<String> addresses = new ArrayList<>();

		private final Set<String> countries = new LinkedHashSet<>();

		private final List<String> addressParts = new ArrayList<>();

		Record(EntryType type, long line) {
			this.type = type;
			this.line = line;
		}

		void accept(String parent, String element, String value) {
			boolean blank = value.isEmpty();
			switch (element) {
				case "FIRST_NAME" -> this.nameParts[0] = blank ? null : value;
				case "SECOND_NAME" -> this.nameParts[1] = blank ? null : value;
				case "THIRD_NAME" -> this.nameParts[2] = blank ? null : value;
				case "FOURTH_NAME" -> this.nameParts[3] = blank ? null : value;
				case "REFERENCE_NUMBER" -> this.reference = blank ? null : value;
				case "DATAID" -> this.dataId = blank ? null : value;
				case "LISTED_ON" -> this.listedOn = blank ? null : value;
				case "UN_LIST_TYPE" -> this.listType = blank ? null : value;
				case "ALIAS_NAME", "NAME_ORIGINAL_SCRIPT" -> {
					if (!blank) {
						this.aliases.add(value);
					}
				}
				case "VALUE" -> {
					if (parent.equals("NATIONALITY") && !blank) {
						Countries.toAlpha2(value).ifPresent(this.countries::add);
					}
				}
				case "STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY" -> {
					if (!blank && (parent.equals("INDIVIDUAL_ADDRESS") || parent.equals("ENTITY_ADDRESS"))) {
						this.addressParts.add(value);
						if (element.equals("COUNTRY")) {
							Countries.toAlpha2(value).ifPresent(this.countries::add);
						}
					}
				}
				case "INDIVIDUAL_ADDRESS", "ENTITY_ADDRESS" -> {
					if (!this.addressParts.isEmpty()) {
						this.addresses.add(String.join(", ", this.addressParts));
					}
					this.addressParts.clear();
				}
				default -> {
				}
			}
		}

		ListEntry toEntry(String file) {
			List<String> parts = new ArrayList<>();
			for (String part : this.nameParts) {
				if (part != null) {
					parts.add(part);
				}
			}
			if (parts.isEmpty()) {
				throw new ListFormatException(file, this.line, this.type.name().toLowerCase() + " without a name");
			}
			String name = String.join(" ", parts);
			String id = (this.reference != null) ? this.reference : this.dataId;
			if (id == null) {
				throw new ListFormatException(file, this.line, "entry '" + name + "' has no REFERENCE_NUMBER or DATAID");
			}
			Set<String> aliases = new LinkedHashSet<>(this.aliases);
			aliases.remove(name);
			return new ListEntry(SourceList.UN, id, name, List.copyOf(aliases), this.type, this.addresses,
					this.countries, null, this.listedOn, null, null, this.listType, file);
		}

	}

}
