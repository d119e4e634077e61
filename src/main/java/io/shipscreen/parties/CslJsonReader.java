package io.shipscreen.parties;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The trade.gov Consolidated Screening List JSON: {@code {"results":[{...}, ...]}} as the bulk
 * download and the search API return it (or a bare array of results). Read as a stream so that
 * a bad record is reported with its line.
 */
final class CslJsonReader {

	private final ObjectMapper mapper = new ObjectMapper();

	List<ListEntry> read(String file, String text) {
		List<ListEntry> entries = new ArrayList<>();
		try (JsonParser parser = this.mapper.getFactory().createParser(text)) {
			JsonToken first = parser.nextToken();
			if (first == JsonToken.START_OBJECT) {
				if (!seekResults(parser)) {
					throw new ListFormatException(file, parser.currentLocation().getLineNr(),
							"CSL JSON has no \"results\" array");
				}
			}
			else if (first != JsonToken.START_ARRAY) {
				throw new ListFormatException(file, 1, "CSL JSON must be an object with \"results\" or an array");
			}
			while (parser.nextToken() == JsonToken.START_OBJECT) {
				long line = parser.currentLocation().getLineNr();
				JsonNode node = this.mapper.readTree(parser);
				entries.add(toEntry(file, line, node));
			}
			if (parser.currentToken() != JsonToken.END_ARRAY) {
				throw new ListFormatException(file, parser.currentLocation().getLineNr(),
						"expected a result object, found " + parser.currentToken());
			}
		}
		catch (JsonProcessingException ex) {
			long line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 1;
			throw new ListFormatException(file, line, "malformed JSON (" + ex.getOriginalMessage() + ")", ex);
		}
		catch (IOException ex) {
			throw new ListFormatException(file, 1, "unreadable JSON (" + ex.getMessage() + ")", ex);
		}
		return entries;
	}

	private static boolean seekResults(JsonParser parser) throws IOException {
		JsonToken token;
		while ((token = parser.nextToken()) != null && token != JsonToken.END_OBJECT) {
			if (token == JsonToken.FIELD_NAME && "results".equals(parser.currentName())) {
				return parser.nextToken() == JsonToken.START_ARRAY;
			}
			parser.nextToken();
			parser.skipChildren();
		}
		return false;
	}

	private static ListEntry toEntry(String file, long line, JsonNode node) {
		String name = text(node, "name");
		if (name == null) {
			throw new ListFormatException(file, line, "result without \"name\"");
		}
		SourceList list = SourceList.fromCslSource(text(node, "source"));
		List<String> addresses = new ArrayList<>();
		Set<String> countries = new LinkedHashSet<>();
		for (JsonNode address : node.path("addresses")) {
			List<String> parts = new ArrayList<>();
			for (String field : List.of("address", "city", "state", "postal_code", "country")) {
				String value = text(address, field);
				if (value != null) {
					parts.add(value);
				}
			}
			if (!parts.isEmpty()) {
				addresses.add(String.join(", ", parts));
			}
			Countries.toAlpha2(text(address, "country")).ifPresent(countries::add);
		}
		for (String field : List.of("nationalities", "citizenships")) {
			values(node.path(field)).forEach((value) -> Countries.toAlpha2(value).ifPresent(countries::add));
		}
		String id = text(node, "entity_number");
		if (id == null) {
			id = text(node, "id");
		}
		if (id == null) {
			id = ListEntry.sha256(list + "|" + name + "|" + String.join(";", addresses)).substring(0, 12);
		}
		return new ListEntry(list, id, name, values(node.path("alt_names")), EntryType.parse(text(node, "type")),
				addresses, countries, joined(node.path("federal_register_notice")), text(node, "start_date"),
				text(node, "license_requirement"), text(node, "license_policy"), joined(node.path("programs")), file);
	}

	/** An array of strings, or one {@code "; "}-joined string (both occur in CSL exports). */
	private static List<String> values(JsonNode node) {
		if (node.isArray()) {
			List<String> values = new ArrayList<>();
			node.forEach((value) -> {
				if (value.isTextual() && !value.asText().isBlank()) {
					values.add(value.asText().trim());
				}
			});
			return values;
		}
		return node.isTextual() ? CslCsvReader.split(node.asText()) : List.of();
	}

	private static String joined(JsonNode node) {
		List<String> values = values(node);
		return values.isEmpty() ? null : String.join("; ", values);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || !value.isValueNode()) {
			return null;
		}
		String text = value.asText();
		return text.isBlank() ? null : text.trim();
	}

}
