package io.shipscreen.ownership;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import io.shipscreen.parties.SourceList;

/**
 * The ownership rules file ({@code config/ownership/rules.yml}) as loaded, with its hash. A bad
 * file fails the start with one line naming the file and the key: a night must not be screened
 * under rules nobody wrote.
 */
public record OwnershipRules(String file, String sha256, String version, List<OwnershipRule> rules) {

	public OwnershipRules {
		rules = List.copyOf(rules);
	}

	public static OwnershipRules read(Path path) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new RegisterFileException("ownership rules " + path + " cannot be read (" + ex.getMessage() + ")",
					ex);
		}
		String name = path.toString();
		Object root;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			root = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
					options, new DatesAsText())
				.load(new String(bytes, StandardCharsets.UTF_8));
		}
		catch (YAMLException ex) {
			throw new RegisterFileException("ownership rules " + name + ": not valid YAML ("
					+ ex.getMessage().replaceAll("\\s*\\R\\s*", " ") + ")", ex);
		}
		Map<?, ?> top = map(name, "the file", root);
		List<OwnershipRule> rules = new ArrayList<>();
		Object list = top.get("rules");
		if (!(list instanceof List<?> items) || items.isEmpty()) {
			throw new RegisterFileException("ownership rules " + name + ": 'rules' must be a non-empty list");
		}
		for (Object item : items) {
			rules.add(rule(name, map(name, "each rule", item)));
		}
		return new OwnershipRules(name, RegisterFiles.sha256(bytes), text(top.get("version")), rules);
	}

	private static OwnershipRule rule(String file, Map<?, ?> yaml) {
		String id = required(file, "rule", yaml, "id");
		String where = "rule " + id;
		List<SourceList> lists = new ArrayList<>();
		if (!(yaml.get("lists") instanceof List<?> codes) || codes.isEmpty()) {
			throw new RegisterFileException("ownership rules " + file + ": " + where + " needs 'lists', e.g. [EL, MEU]");
		}
		for (Object code : codes) {
			SourceList source = SourceList.byCode(String.valueOf(code));
			if (source == SourceList.OTHER) {
				throw new RegisterFileException("ownership rules " + file + ": " + where + " names unknown list '"
						+ code + "'");
			}
			lists.add(source);
		}
		double threshold;
		try {
			threshold = Double.parseDouble(required(file, where, yaml, "threshold-percent"));
		}
		catch (NumberFormatException ex) {
			throw new RegisterFileException("ownership rules " + file + ": " + where
					+ " threshold-percent must be a number");
		}
		if (threshold <= 0 || threshold > 100) {
			throw new RegisterFileException("ownership rules " + file + ": " + where + " threshold-percent must be in (0, 100]");
		}
		List<OwnershipRule.Suspension> suspensions = new ArrayList<>();
		if (yaml.get("suspended") instanceof List<?> periods) {
			for (Object period : periods) {
				Map<?, ?> p = map(file, where + " suspended", period);
				LocalDate from = date(file, where + " suspended from", p.get("from"));
				LocalDate to = date(file, where + " suspended to", p.get("to"));
				if (from == null || to == null || to.isBefore(from)) {
					throw new RegisterFileException("ownership rules " + file + ": " + where
							+ " suspended needs from and to (to not before from)");
				}
				suspensions.add(new OwnershipRule.Suspension(from, to, text(p.get("citation"))));
			}
		}
		else if (yaml.get("suspended") != null) {
			throw new RegisterFileException("ownership rules " + file + ": " + where + " suspended must be a list");
		}
		return new OwnershipRule(id, required(file, where, yaml, "title"), lists, threshold,
				required(file, where, yaml, "hit-suffix"), required(file, where, yaml, "citation"),
				required(file, where, yaml, "unknown-share-citation"), required(file, where, yaml, "consequence"),
				date(file, where + " in-force-from", yaml.get("in-force-from")), suspensions);
	}

	/** Dates stay text, so that {@code 2026-13-09} is an error here, not a lenient 2027-01-09. */
	private static final class DatesAsText extends Resolver {

		@Override
		protected void addImplicitResolvers() {
			addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
			addImplicitResolver(Tag.INT, INT, "-+0123456789");
			addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
			addImplicitResolver(Tag.NULL, NULL, "~nN\0");
			addImplicitResolver(Tag.NULL, EMPTY, null);
		}

	}

	private static Map<?, ?> map(String file, String what, Object node) {
		if (node instanceof Map<?, ?> map) {
			return map;
		}
		throw new RegisterFileException("ownership rules " + file + ": " + what + " must be a mapping");
	}

	private static String required(String file, String where, Map<?, ?> yaml, String key) {
		String value = text(yaml.get(key));
		if (value == null || value.isBlank()) {
			throw new RegisterFileException("ownership rules " + file + ": " + where + " lacks '" + key + "'");
		}
		return value;
	}

	private static String text(Object value) {
		return (value != null) ? String.valueOf(value).strip() : null;
	}

	private static LocalDate date(String file, String where, Object value) {
		String text = text(value);
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new RegisterFileException("ownership rules " + file + ": " + where + " '" + text
					+ "' is not a date (yyyy-MM-dd)");
		}
	}

}
