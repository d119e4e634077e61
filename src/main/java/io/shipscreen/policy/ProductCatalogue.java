package io.shipscreen.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The product catalogue ({@code shipscreen.policies.catalogue}): part-number patterns → TPP,
 * PD, ECCN and data-centre flag, for rows that do not declare their performance. Loaded and
 * validated at start; immutable.
 */
@Component
public class ProductCatalogue {

	private static final Logger log = LoggerFactory.getLogger(ProductCatalogue.class);

	private static final int MEMO_SIZE = 20_000;

	private static final Set<String> CONFIDENCE = Set.of("datasheet", "derived", "estimate");

	private final List<CatalogueEntry> entries;

	private final String file;

	private final String sha256;

	// Orders repeat their part numbers and, mostly, their descriptions: the first matching part of
	// each text is remembered, since trying every pattern on every row cost a tenth of a night.
	private final LoadingCache<String, Optional<CatalogueEntry>> byPartNumber;

	private final LoadingCache<String, Optional<CatalogueEntry>> byDescription;

	@Autowired
	public ProductCatalogue(PoliciesProperties properties) {
		this(Path.of(properties.catalogue()), properties.catalogue(), true);
	}

	/** Loads a catalogue file (tests, tools). */
	public static ProductCatalogue load(Path path, String displayName) {
		return new ProductCatalogue(path, displayName, true);
	}

	private ProductCatalogue(Path path, String displayName, boolean validated) {
		if (!Files.isRegularFile(path)) {
			throw new PolicyFileException(displayName + ": product catalogue not found (shipscreen.policies.catalogue)");
		}
		YamlFiles.Loaded loaded = YamlFiles.read(path, displayName);
		this.entries = parse(new YamlNode(displayName, "", loaded.root()));
		this.file = displayName;
		this.sha256 = loaded.sha256();
		this.byPartNumber = memo(this.entries);
		this.byDescription = memo(this.entries);
		log.info("Loaded product catalogue {} ({} parts)", displayName, this.entries.size());
	}

	private static List<CatalogueEntry> parse(YamlNode doc) {
		if (!doc.isMapping()) {
			throw doc.error("a catalogue file is a section starting with 'parts:'");
		}
		List<CatalogueEntry> entries = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (YamlNode part : doc.get("parts").asList()) {
			String id = part.string("id");
			if (!ids.add(id)) {
				throw part.get("id").error("part '" + id + "' is defined twice");
			}
			String eccn = part.has("eccn") ? EccnFormat.normalise(part.string("eccn")) : null;
			String confidence = part.string("confidence");
			if (!CONFIDENCE.contains(confidence)) {
				throw part.get("confidence").error("'" + confidence + "' must be one of " + CONFIDENCE);
			}
			var patterns = part.patterns("patterns");
			if (patterns.isEmpty()) {
				throw part.error("part '" + id + "' needs at least one pattern");
			}
			// No TPP where no source gives one (a part known only by name, e.g. MI308X): the rows
			// then need their own TPP or ECCN, and ECCN-UNKNOWN says so.
			var tpp = part.decimal("tpp", null);
			if (tpp != null && tpp.signum() < 0) {
				throw part.get("tpp").error("tpp must not be negative");
			}
			var dram = part.decimal("dram-bandwidth-gbs", null);
			if (dram != null && dram.signum() <= 0) {
				throw part.get("dram-bandwidth-gbs").error("dram-bandwidth-gbs must be above 0");
			}
			entries.add(new CatalogueEntry(id, part.string("name"), part.string("manufacturer"), patterns, tpp,
					part.decimal("pd", null), eccn, part.bool("data-centre", true), part.string("source"), confidence,
					part.string("family", null), dram));
			part.rejectUnknownKeys();
		}
		doc.rejectUnknownKeys();
		return List.copyOf(entries);
	}

	public List<CatalogueEntry> entries() {
		return this.entries;
	}

	/** The part ids, which policies' {@code part-rules} may name. */
	public Set<String> ids() {
		Set<String> ids = new java.util.LinkedHashSet<>();
		this.entries.forEach((e) -> ids.add(e.id()));
		return ids;
	}

	/** The families parts declare, which policies' {@code part-rules} may name. */
	public Set<String> families() {
		Set<String> families = new java.util.LinkedHashSet<>();
		this.entries.stream().filter((e) -> e.family() != null).forEach((e) -> families.add(e.family()));
		return families;
	}

	public String file() {
		return this.file;
	}

	public String sha256() {
		return this.sha256;
	}

	/** The first part whose pattern finds the part number, else the description. */
	public Optional<CatalogueEntry> find(String partNumber, String description) {
		Optional<CatalogueEntry> byPart = find(this.byPartNumber, partNumber);
		return byPart.isPresent() ? byPart : find(this.byDescription, description);
	}

	private static Optional<CatalogueEntry> find(LoadingCache<String, Optional<CatalogueEntry>> memo, String text) {
		return (text == null || text.isEmpty()) ? Optional.empty() : memo.get(text);
	}

	private static LoadingCache<String, Optional<CatalogueEntry>> memo(List<CatalogueEntry> entries) {
		return Caffeine.newBuilder().maximumSize(MEMO_SIZE).build((text) -> firstMatching(entries, text));
	}

	private static Optional<CatalogueEntry> firstMatching(List<CatalogueEntry> entries, String text) {
		for (CatalogueEntry entry : entries) {
			if (entry.matches(text)) {
				return Optional.of(entry);
			}
		}
		return Optional.empty();
	}

}
