package io.shipscreen.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.shipscreen.policy.Policy;
import io.shipscreen.policy.PolicyCatalog;

/**
 * {@code policies [ID]}: the loaded export-control policies with their effective ranges, which
 * one is selected by order date, and what each checks.
 */
@Component
public class PoliciesCommand implements Command {

	/** Loaded when the command runs: `help` and the other operator commands never read the policies. */
	private final Supplier<PolicyCatalog> catalog;

	private final PrintStream out;

	@Autowired
	public PoliciesCommand(ObjectProvider<PolicyCatalog> catalog) {
		this(catalog::getObject, System.out);
	}

	PoliciesCommand(PolicyCatalog catalog, PrintStream out) {
		this(() -> catalog, out);
	}

	private PoliciesCommand(Supplier<PolicyCatalog> catalog, PrintStream out) {
		this.catalog = catalog;
		this.out = out;
	}

	@Override
	public String name() {
		return "policies";
	}

	@Override
	public String usage() {
		return "policies [ID]        list the export-control policies, their effective ranges and what each checks";
	}

	@Override
	public int run(CommandLine commandLine) {
		PolicyCatalog catalog = this.catalog.get();
		List<Policy> policies = catalog.all();
		if (!commandLine.arguments().isEmpty()) {
			String id = commandLine.arguments().get(0);
			String known = policies.stream().map(Policy::id).collect(Collectors.joining(", "));
			policies = List.of(catalog.byId(id)
				.orElseThrow(() -> new CommandException("unknown policy '" + id + "' (known: " + known + ")", ExitCodes.USAGE)));
		}
		for (Policy policy : policies) {
			print(policy, policies.size() == 1);
		}
		if (commandLine.arguments().isEmpty()) {
			this.out.println("Orders are screened under the enforced policy of their order_date; --policy=ID forces one"
					+ " (what-if policies only that way).");
		}
		return ExitCodes.OK;
	}

	private void print(Policy policy, boolean detailed) {
		this.out.printf("%s v%s  %s  %s%n", policy.id(), policy.version(), policy.effectiveRange(),
				policy.selectableByDate() ? "enforced (selected by order date)" : "what-if (only with --policy)");
		this.out.println("  " + policy.title());
		this.out.println("  file " + policy.file() + " sha256 " + policy.sha256().substring(0, 12));
		if (detailed && !policy.summary().isBlank()) {
			this.out.println("  " + policy.summary());
		}
		this.out.println("  checks:");
		policy.describeChecks().forEach((line) -> this.out.println("    - " + line));
		this.out.println();
	}

}
