package io.shipscreen.review;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.shipscreen.cli.Command;
import io.shipscreen.cli.CommandException;
import io.shipscreen.cli.CommandLine;
import io.shipscreen.cli.ExitCodes;

/**
 * {@code review import FILE}: records the decisions of a filled-in flagged workbook; refused rows
 * are printed with their reasons (exit 0: the rest of the file is imported). {@code review
 * import} without a file imports every workbook waiting in the review folder, as the nightly run
 * does. Exit 1 when a file cannot be read at all.
 */
@Component
public class ReviewCommand implements Command {

	/** Built when the command runs (the name normaliser is costly): `help` and `runs` never build them. */
	private final ObjectProvider<ReviewImporter> importer;

	private final ObjectProvider<ReviewFolder> folder;

	private final PrintStream out;

	@Autowired
	public ReviewCommand(ObjectProvider<ReviewImporter> importer, ObjectProvider<ReviewFolder> folder) {
		this(importer, folder, System.out);
	}

	ReviewCommand(ObjectProvider<ReviewImporter> importer, ObjectProvider<ReviewFolder> folder, PrintStream out) {
		this.importer = importer;
		this.folder = folder;
		this.out = out;
	}

	@Override
	public String name() {
		return "review";
	}

	@Override
	public String usage() {
		return "review import [FILE]   record reviewers' decisions from a filled-in flagged workbook "
				+ "(default: every workbook in the review folder)";
	}

	@Override
	public int run(CommandLine commandLine) {
		String action = commandLine.argument(0, "action (try: review import FILE)");
		if (!action.equals("import")) {
			throw new CommandException("unknown action '" + action + "' (try: review import FILE)", ExitCodes.USAGE);
		}
		List<ImportReport> reports;
		if (commandLine.arguments().size() < 2) {
			reports = this.folder.getObject().importWaiting();
			if (reports.isEmpty()) {
				this.out.println("shipscreen review: no workbook waiting in " + this.folder.getObject().folder());
			}
		}
		else {
			Path file = Path.of(commandLine.argument(1, "FILE"));
			if (!Files.isRegularFile(file)) {
				throw new CommandException("no such file: " + file, ExitCodes.USAGE);
			}
			try {
				reports = List.of(this.importer.getObject().importFile(file));
			}
			catch (ReviewFileException ex) {
				throw new CommandException(ex.getMessage() + " (nothing imported)", ExitCodes.FAILED, ex);
			}
		}
		for (ImportReport report : reports) {
			this.out.println("shipscreen review: " + report.summary());
			report.refusals().forEach((refusal) -> this.out.println("  refused " + refusal));
		}
		return ExitCodes.OK;
	}

}
