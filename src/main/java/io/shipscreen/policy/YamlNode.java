package io.shipscreen.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed, line-aware access to a composed YAML node, so that every mistake in a policy file is
 * reported with its file and line. Keys a reader never asks for are reported as unknown by
 * {@link #rejectUnknownKeys()} (a typo must not silently disable a rule).
 */
final class YamlNode {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final String file;

	private final String path;

	private final Node node;

	private final Map<String, NodeTuple> entries;

	private final Set<String> asked = new java.util.HashSet<>();

	YamlNode(String file, String path, Node node) {
		this.file = file;
		this.path = path;
		this.node = node;
		if (node instanceof MappingNode mapping) {
			this.entries = new LinkedHashMap<>();
			for (NodeTuple tuple : mapping.getValue()) {
				String key = scalar(tuple.getKeyNode(), "a key");
				if (this.entries.put(key, tuple) != null) {
					throw error(tuple.getKeyNode(), "duplicate key '" + key + "'");
				}
			}
		}
		else {
			this.entries = null;
		}
	}

	String file() {
		return this.file;
	}

	int line() {
		return this.node.getStartMark().getLine() + 1;
	}

	PolicyFileException error(String what) {
		return error(this.node, what);
	}

	PolicyFileException error(Node at, String what) {
		String where = this.path.isEmpty() ? "" : this.path + ": ";
		return new PolicyFileException(
				this.file + " line " + (at.getStartMark().getLine() + 1) + ": " + where + what);
	}

	boolean isMapping() {
		return this.entries != null;
	}

	boolean isScalar() {
		return this.node instanceof ScalarNode;
	}

	boolean has(String key) {
		requireMapping();
		this.asked.add(key);
		NodeTuple tuple = this.entries.get(key);
		return tuple != null && !isNull(tuple.getValueNode());
	}

	List<String> keys() {
		requireMapping();
		this.asked.addAll(this.entries.keySet());
		return new ArrayList<>(this.entries.keySet());
	}

	/** The child at {@code key}; fails naming the key when it is missing. */
	YamlNode get(String key) {
		if (!has(key)) {
			throw error("missing required key '" + key + "'");
		}
		return child(key, this.entries.get(key).getValueNode());
	}

	YamlNode getOrNull(String key) {
		return has(key) ? get(key) : null;
	}

	String string(String key) {
		return get(key).asString();
	}

	String string(String key, String fallback) {
		return has(key) ? string(key) : fallback;
	}

	LocalDate date(String key) {
		return get(key).asDate();
	}

	LocalDate date(String key, LocalDate fallback) {
		return has(key) ? date(key) : fallback;
	}

	BigDecimal decimal(String key) {
		return get(key).asDecimal();
	}

	BigDecimal decimal(String key, BigDecimal fallback) {
		return has(key) ? decimal(key) : fallback;
	}

	int integer(String key, int fallback) {
		if (!has(key)) {
			return fallback;
		}
		YamlNode value = get(key);
		try {
			return Integer.parseInt(value.asString());
		}
		catch (NumberFormatException ex) {
			throw value.error("'" + value.asString() + "' is not a whole number");
		}
	}

	boolean bool(String key, boolean fallback) {
		if (!has(key)) {
			return fallback;
		}
		YamlNode value = get(key);
		return switch (value.asString().toLowerCase(Locale.ROOT)) {
			case "true", "yes" -> true;
			case "false", "no" -> false;
			default -> throw value.error("'" + value.asString() + "' is not true or false");
		};
	}

	List<YamlNode> list(String key) {
		return has(key) ? get(key).asList() : List.of();
	}

	List<String> strings(String key) {
		return list(key).stream().map(YamlNode::asString).toList();
	}

	/** A list of words or phrases; each must be non-blank. */
	List<String> terms(String key) {
		List<String> terms = new ArrayList<>();
		for (YamlNode item : list(key)) {
			String term = item.asString();
			if (TermMatcher.normalise(term).isEmpty()) {
				throw item.error("empty term");
			}
			terms.add(term);
		}
		return terms;
	}

	List<Pattern> patterns(String key) {
		List<Pattern> patterns = new ArrayList<>();
		for (YamlNode item : list(key)) {
			try {
				patterns.add(Pattern.compile(item.asString(), Pattern.CASE_INSENSITIVE));
			}
			catch (PatternSyntaxException ex) {
				throw item.error("bad pattern '" + item.asString() + "': " + ex.getDescription());
			}
		}
		return patterns;
	}

	String country(String key) {
		return get(key).asCountry();
	}

	List<String> countries(String key) {
		return list(key).stream().map(YamlNode::asCountry).toList();
	}

	String asString() {
		return scalar(this.node, "a single value");
	}

	LocalDate asDate() {
		String value = asString();
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw error("'" + value + "' is not a date (yyyy-MM-dd)");
		}
	}

	BigDecimal asDecimal() {
		String value = asString().replace("_", "");
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			throw error("'" + asString() + "' is not a number");
		}
	}

	String asCountry() {
		String value = asString().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(value)) {
			throw error("'" + asString() + "' is not an ISO 3166-1 alpha-2 country code");
		}
		return value;
	}

	List<YamlNode> asList() {
		if (!(this.node instanceof SequenceNode sequence)) {
			throw error("expected a list ([a, b] or lines starting with '- ')");
		}
		List<YamlNode> items = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			if (isNull(item)) {
				throw error(item, "empty list item");
			}
			items.add(new YamlNode(this.file, this.path, item));
		}
		return items;
	}

	/** Fails on the first key of this mapping that no reader asked for. */
	void rejectUnknownKeys() {
		requireMapping();
		for (Map.Entry<String, NodeTuple> entry : this.entries.entrySet()) {
			if (!this.asked.contains(entry.getKey())) {
				throw error(entry.getValue().getKeyNode(), "unknown key '" + entry.getKey() + "'");
			}
		}
	}

	private YamlNode child(String key, Node value) {
		return new YamlNode(this.file, this.path.isEmpty() ? key : this.path + "." + key, value);
	}

	private void requireMapping() {
		if (this.entries == null) {
			throw error("expected a section of 'key: value' lines");
		}
	}

	private String scalar(Node at, String what) {
		if (!(at instanceof ScalarNode scalar)) {
			throw error(at, "expected " + what + ", found a " + ((at instanceof SequenceNode) ? "list" : "section"));
		}
		return scalar.getValue().trim();
	}

	private static boolean isNull(Node node) {
		return node instanceof ScalarNode scalar && (scalar.getValue().isEmpty() || scalar.getValue().equals("~")
				|| scalar.getValue().equals("null")) && scalar.getTag().getValue().endsWith(":null");
	}

}
