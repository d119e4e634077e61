package io.shipscreen.review;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.shipscreen.cli.Command;
import io.shipscreen.cli.CommandException;
import io.shipscreen.cli.CommandLine;
import io.shipscreen.cli.CommandOptions;
import io.shipscreen.cli.ExitCodes;

/**
 * {@code audit TRANSACTION_ID}: the full history of one transaction, oldest first.
 * {@code audit export [--transaction=ID] [--output=FILE]}: the same as a workbook, for one
 * transaction or every one ever flagged or reviewed.
 */
@Component
public class AuditCommand implements Command {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.systemDefault());

	private final AuditTrail trail;

	private final AuditWorkbookWriter workbook;

	private final PrintStream out;

	private final List<AuditSection> sections;

	@Autowired
	public AuditCommand(AuditTrail trail, AuditWorkbookWriter workbook, ObjectProvider<AuditSection> sections) {
		this(trail, workbook, System.out, sections.orderedStream().toList());
	}

	AuditCommand(AuditTrail trail, AuditWorkbookWriter workbook, PrintStream out) {
		this(trail, workbook, out, List.of());
	}

	AuditCommand(AuditTrail trail, AuditWorkbookWriter workbook, PrintStream out, List<AuditSection> sections) {
		this.trail = trail;
		this.workbook = workbook;
		this.out = out;
		this.sections = List.copyOf(sections);
	}

	@Override
	public String name() {
		return "audit";
	}

	@Override
	public String usage() {
		return "audit TRANSACTION_ID | audit export [--transaction=ID] [--output=FILE]   a transaction's screenings "
				+ "and review decisions, printed or as a workbook";
	}

	@Override
	public CommandOptions options() {
		return CommandOptions.of(
				"transaction",
				"output");
	}

	@Override
	public int run(CommandLine commandLine) throws Exception {
		String first = commandLine.argument(0, "TRANSACTION_ID (or 'export')");
		if (first.equals("export") && commandLine.arguments().size() == 1) {
			return export(commandLine);
		}
		List<AuditEvent> events = this.trail.of(first);
		if (events.isEmpty()) {
			throw new CommandException("no screening or review of transaction '" + first + "' is recorded",
					ExitCodes.USAGE);
		}
		this.out.print(format(first, events));
		for (AuditSection section : this.sections) {
			section.lines(first).forEach(this.out::println);
		}
		return ExitCodes.OK;
	}

	private int export(CommandLine commandLine) throws Exception {
		Path target = Path.of(commandLine.option("output").orElse("output/audit-" + LocalDate.now() + ".xlsx"));
		List<String> transactions = commandLine.option("transaction")
			.map(List::of)
			.orElseGet(this.trail::auditedTransactions);
		long events = this.workbook.write(transactions, target);
		this.out.printf("shipscreen audit: %d events of %d transactions written to %s%n", events, transactions.size(),
				target);
		return ExitCodes.OK;
	}

	static String format(String transactionId, List<AuditEvent> events) {
		StringBuilder text = new StringBuilder();
		long screenings = events.stream().filter((e) -> e.kind() == AuditEvent.Kind.SCREENED).count();
		long reviews = events.stream().filter((e) -> e.kind() == AuditEvent.Kind.REVIEWED).count();
		long refused = events.stream().filter((e) -> e.kind() == AuditEvent.Kind.REFUSED).count();
		text.append(String.format("Audit trail of %s: %d screenings, %d review decisions, %d refused review rows%n",
				transactionId, screenings, reviews, refused));
		for (AuditEvent event : events) {
			text.append(String.format("%s  %-8s run %s%s  %s  %s%n", TIME.format(event.at()), event.kind(),
					(event.runId() != null) ? event.runId() : "?",
					(event.runDate() != null) ? " (night " + event.runDate() + ")" : "", event.outcome(),
					event.headline()));
			text.append("    ").append(event.context()).append('\n');
			for (String detail : event.details()) {
				text.append("    ").append(detail.replaceAll("\\s*\\R\\s*", " ")).append('\n');
			}
		}
		return text.toString();
	}

}
