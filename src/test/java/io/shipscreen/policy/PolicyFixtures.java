package io.shipscreen.policy;

import java.nio.file.Path;

/** The shipped policies and catalogue, loaded once for the tests (they are immutable). */
public final class PolicyFixtures {

	private static final ProductCatalogue PRODUCTS = ProductCatalogue.load(Path.of("config/catalogue/chips.yml"),
			"config/catalogue/chips.yml");

	private static final YamlPolicyCatalog CATALOG = new YamlPolicyCatalog(
			new PoliciesProperties("config/policies", "config/catalogue/chips.yml", 1000), PRODUCTS);

	private PolicyFixtures() {
	}

	public static PolicyCatalog catalog() {
		return CATALOG;
	}

	public static Policy policy(String id) {
		return CATALOG.byId(id).orElseThrow();
	}

	public static ProductCatalogue products() {
		return PRODUCTS;
	}

	/** Loads a folder of policy files against the shipped catalogue. */
	public static java.util.List<Policy> loadAll(Path dir, String displayDir) {
		return YamlPolicyCatalog.load(dir, displayDir, PRODUCTS);
	}

	public static ItemClassifier classifier() {
		return new ItemClassifier(PRODUCTS);
	}

	/** Loads one policy file, e.g. a fixture under src/test/resources/policies. */
	public static Policy load(Path file) {
		YamlFiles.Loaded loaded = YamlFiles.read(file, file.toString());
		return new PolicyParser(file.toString(), loaded.sha256(), PRODUCTS.ids(), PRODUCTS.families())
			.parse(loaded.root());
	}

}
