package io.shipscreen.source.excel;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX over the parts of one workbook, refusing what an input file has no business declaring:
 * no DTD is read, no entity is expanded, nothing outside the file is fetched. A part that
 * declares a DTD fails as soon as the declaration is met, before any of its entities is used.
 */
final class SecureXml {

	/** The message {@link XlsxWorkbook#describe} turns into the refusal the operator reads. */
	static final String DTD_REFUSED = "part declares a DTD";

	private final XMLInputFactory factory;

	SecureXml() {
		this.factory = XMLInputFactory.newFactory();
		this.factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		this.factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		this.factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		this.factory.setXMLResolver((publicId, systemId, base, namespace) -> {
			throw new XMLStreamException(DTD_REFUSED + " (external entity " + systemId + ")");
		});
	}

	XMLStreamReader open(InputStream in) throws XMLStreamException {
		return this.factory.createXMLStreamReader(in);
	}

	/** The next event, refusing a DTD. */
	static int next(XMLStreamReader xml) throws XMLStreamException {
		int event = xml.next();
		if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
			throw new XMLStreamException(DTD_REFUSED);
		}
		return event;
	}

	/** Moves past the end of the element the reader is on the start of. */
	static void skipElement(XMLStreamReader xml) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = next(xml);
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	/**
	 * The text of a rich-text element the reader is on the start of ({@code <si>} of the string
	 * table, {@code <is>} of an inline string): its {@code <t>} runs joined, phonetic guides
	 * ({@code <rPh>}) left out, as Excel shows the cell. Ends on the element's end.
	 */
	static String richText(XMLStreamReader xml) throws XMLStreamException {
		String single = null;
		StringBuilder runs = null;
		int depth = 1;
		while (depth > 0) {
			int event = next(xml);
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = xml.getLocalName();
				if (name.equals("t")) {
					String text = xml.getElementText();
					if (single == null && runs == null) {
						single = text;
					}
					else {
						if (runs == null) {
							runs = new StringBuilder(single);
						}
						runs.append(text);
					}
				}
				else if (name.equals("rPh")) {
					skipElement(xml);
				}
				else {
					depth++;
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		return (runs != null) ? runs.toString() : single;
	}

}
