package io.shipscreen.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Loads every {@code *.yml} of {@code shipscreen.policies.dir} at start and validates it; a bad
 * file stops the start with one line naming the file, the line and the problem. Enforced
 * policies must not overlap in time, so that each order date has exactly one policy.
 */
@Component
public class YamlPolicyCatalog implements PolicyCatalog {

	private static final Logger log = LoggerFactory.getLogger(YamlPolicyCatalog.class);

	private final List<Policy> policies;

	private final Map<String, Policy> byId;

	/** The policies of {@code shipscreen.policies.dir}; their part rules may name the catalogue's parts. */
	@Autowired
	public YamlPolicyCatalog(PoliciesProperties properties, ProductCatalogue catalogue) {
		this(load(Path.of(properties.dir()), properties.dir(), catalogue), true);
	}

	/** A catalog of already loaded policies (tests, tools). */
	public static YamlPolicyCatalog of(List<Policy> policies) {
		return new YamlPolicyCatalog(policies, true);
	}

	private YamlPolicyCatalog(List<Policy> policies, boolean validated) {
		List<Policy> sorted = new ArrayList<>(policies);
		sorted.sort(Comparator.comparing(Policy::effectiveFrom).thenComparing(Policy::id));
		this.policies = List.copyOf(sorted);
		Map<String, Policy> byId = new HashMap<>();
		for (Policy policy : sorted) {
			Policy previous = byId.put(policy.id(), policy);
			if (previous != null) {
				throw new PolicyFileException(policy.file() + " line 1: id '" + policy.id() + "' is already used by "
						+ previous.file());
			}
		}
		this.byId = Map.copyOf(byId);
		checkNoOverlap();
	}

	/**
	 * Loads and validates one folder of policy files against the product catalogue (a part rule
	 * naming a part the catalogue does not know stops the start).
	 */
	public static List<Policy> load(Path dir, String displayDir, ProductCatalogue catalogue) {
		if (!Files.isDirectory(dir)) {
			throw new PolicyFileException(displayDir + ": policy folder not found (shipscreen.policies.dir)");
		}
		List<Path> files;
		try (Stream<Path> list = Files.list(dir)) {
			files = list.filter((p) -> p.getFileName().toString().endsWith(".yml")).sorted().toList();
		}
		catch (IOException ex) {
			throw new PolicyFileException(displayDir + ": cannot list policy folder (" + ex.getMessage() + ")", ex);
		}
		if (files.isEmpty()) {
			throw new PolicyFileException(displayDir + ": no *.yml policy files");
		}
		List<Policy> policies = new ArrayList<>();
		for (Path file : files) {
			String name = displayDir.replaceAll("/+$", "") + "/" + file.getFileName();
			YamlFiles.Loaded loaded = YamlFiles.read(file, name);
			Policy policy = new PolicyParser(name, loaded.sha256(), catalogue.ids(), catalogue.families())
				.parse(loaded.root());
			log.info("Loaded policy {} v{} ({}) from {}", policy.id(), policy.version(), policy.effectiveRange(), name);
			policies.add(policy);
		}
		return policies;
	}

	private void checkNoOverlap() {
		List<Policy> enforced = this.policies.stream().filter(Policy::selectableByDate).toList();
		for (int i = 1; i < enforced.size(); i++) {
			Policy earlier = enforced.get(i - 1);
			Policy later = enforced.get(i);
			if (earlier.effectiveTo() == null || !earlier.effectiveTo().isBefore(later.effectiveFrom())) {
				throw new PolicyFileException(later.file() + " line 1: effective range " + later.effectiveRange()
						+ " overlaps " + earlier.id() + " (" + earlier.effectiveRange()
						+ "); end the earlier policy the day before");
			}
		}
	}

	@Override
	public List<Policy> all() {
		return this.policies;
	}

	@Override
	public Optional<Policy> byId(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	@Override
	public Policy forOrderDate(LocalDate orderDate) {
		for (Policy policy : this.policies) {
			if (policy.appliesOn(orderDate)) {
				return policy;
			}
		}
		throw new IllegalArgumentException("no enforced policy covers order date " + orderDate + " (enforced: "
				+ this.policies.stream().filter(Policy::selectableByDate).map((p) -> p.id() + " " + p.effectiveRange()).toList()
				+ ")");
	}

}
