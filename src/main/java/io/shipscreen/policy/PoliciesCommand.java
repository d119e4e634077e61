package io.shipscreen.policy;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.shipscreen.cli.Command;
import io.shipscreen.cli.CommandException;
import io.shipscreen.cli.CommandLine;
import io.shipscreen.cli.CommandOptions;
import io.shipscreen.cli.ExitCodes;


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
		return "policies [ID] [--date=yyyy-MM-dd]  list the export-control policies and what each checks (on that date)";
	}

	@Override
	public CommandOptions options() {
		return CommandOptions.of(
				"date");
	}

	@Override
	public int run(CommandLine commandLine) {
		PolicyCatalog catalog = this.catalog.get();
		List<Policy> policies = catalog.all();
		LocalDate date = commandLine.option("date").map(PoliciesCommand::date).orElse(null);
		if (!commandLine.arguments().isEmpty()) {
			String id = commandLine.arguments().get(0);
			String known = policies.stream().map(Policy::id).collect(Collectors.joining(", "));
			policies = List.of(catalog.byId(id)
				.orElseThrow(() -> new CommandException("unknown policy '" + id + "' (known: " + known + ")", ExitCodes.USAGE)));
			if (date != null && !policies.get(0).covers(date)) {
				throw new CommandException("policy " + id + " (" + policies.get(0).effectiveRange() + ") does not cover "
						+ date, ExitCodes.USAGE);
			}
		}
		else if (date != null) {
			Policy byDate;
			try {
				byDate = catalog.forOrderDate(date);
			}
			catch (IllegalArgumentException ex) {
				throw new CommandException(ex.getMessage(), ExitCodes.USAGE);
			}
			this.out.println("Orders dated " + date + " are screened under " + byDate.id() + " v" + byDate.version()
					+ "; the rules in force on that date:");
			this.out.println();
			policies = List.of(byDate);
		}
		for (Policy policy : policies) {
			print(policy, policies.size() == 1, date);
		}
		if (commandLine.arguments().isEmpty() && date == null) {
			this.out.println("Orders are screened under the enforced policy of their order_date; --policy=ID forces one"
					+ " (what-if policies only that way). --date=yyyy-MM-dd shows the rules in force on a date.");
		}
		return ExitCodes.OK;
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new CommandException("--date=" + value + " is not a date (yyyy-MM-dd)", ExitCodes.USAGE);
		}
	}

	private void print(Policy policy, boolean detailed, LocalDate date) {
		this.out.printf("%s v%s  %s  %s%n", policy.id(), policy.version(), policy.effectiveRange(),
				policy.selectableByDate() ? "enforced (selected by order date)" : "what-if (only with --policy)");
		this.out.println("  " + policy.title());
		this.out.println("  file " + policy.file() + " sha256 " + policy.sha256().substring(0, 12));
		if (detailed && !policy.summary().isBlank()) {
			this.out.println("  " + policy.summary());
		}
		this.out.println((date != null) ? "  checks on " + date + ":" : "  checks:");
		policy.describeChecks(date).forEach((line) -> this.out.println("    - " + line));
		this.out.println();
	}

}
