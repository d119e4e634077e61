package io.shipscreen.screening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.shipscreen.policy.Policy;
import io.shipscreen.policy.PolicyCatalog;
import io.shipscreen.policy.ProductCatalogue;
import io.shipscreen.shared.RunFactsContributor;

/**
 * Says which rules a run was screened under: every loaded policy with its version and range,
 * each file's content hash, one hash over the whole set, and the product catalogue's hash. Two
 * runs with the same "Policy set SHA-256" used byte-identical rules.
 */
@Component
public class PolicyRunFacts implements RunFactsContributor {

	private final PolicyCatalog catalog;

	private final ProductCatalogue products;

	public PolicyRunFacts(PolicyCatalog catalog, ProductCatalogue products) {
		this.catalog = catalog;
		this.products = products;
	}

	@Override
	public Map<String, String> runFacts() {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("Policies", this.catalog.all()
			.stream()
			.map((p) -> p.id() + " v" + p.version() + " (" + (p.selectableByDate() ? p.effectiveRange() : "what-if") + ")")
			.collect(Collectors.joining("; ")));
		facts.put("Policy files", this.catalog.all()
			.stream()
			.map((p) -> p.file() + " sha256:" + p.sha256().substring(0, 12))
			.collect(Collectors.joining("; ")));
		facts.put("Policy set SHA-256", setHash());
		facts.put("Product catalogue", this.products.file() + " (" + this.products.entries().size() + " parts) sha256:"
				+ this.products.sha256().substring(0, 12));
		return facts;
	}

	private String setHash() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Policy policy : this.catalog.all()) {
				digest.update((policy.id() + "=" + policy.sha256() + "\n").getBytes(StandardCharsets.UTF_8));
			}
			digest.update(("catalogue=" + this.products.sha256()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
