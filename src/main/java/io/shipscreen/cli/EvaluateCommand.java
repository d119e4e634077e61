package io.shipscreen.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import io.shipscreen.parties.MatcherEvaluation;
import io.shipscreen.parties.NameNormalizer;
import io.shipscreen.parties.PartiesProperties;
import io.shipscreen.parties.PartyListSnapshot;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code evaluate}: recall, false positives and speed of the name matcher on the labelled sets
 * ({@code --eval=DIR}, default {@code src/test/resources/eval}) at the configured review
 * threshold (or {@code --threshold=X}).
 */
@Component
public class EvaluateCommand implements Command {

	/** Loaded when the command runs: `help` and the other commands never load the lists. */
	private final ObjectProvider<PartyListSnapshot> snapshot;

	private final ObjectProvider<NameNormalizer> normalizer;

	private final PartiesProperties properties;

	public EvaluateCommand(ObjectProvider<PartyListSnapshot> snapshot, ObjectProvider<NameNormalizer> normalizer, PartiesProperties properties) {
		this.snapshot = snapshot;
		this.normalizer = normalizer;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "evaluate";
	}

	@Override
	public String usage() {
		return "evaluate [--eval=DIR] [--threshold=X]  measure party-matching recall, false positives and speed";
	}

	@Override
	public CommandOptions options() {
		return CommandOptions.of(
				"eval",
				"threshold");
	}

	@Override
	public int run(CommandLine commandLine) {
		Path dir = Path.of(commandLine.option("eval").orElse("src/test/resources/eval"));
		if (!Files.isDirectory(dir)) {
			throw new CommandException("no evaluation folder " + dir + " (use --eval=DIR)", ExitCodes.USAGE);
		}
		double threshold = commandLine.decimalOption("threshold", this.properties.reviewThreshold());
		MatcherEvaluation.Report report = new MatcherEvaluation(this.normalizer.getObject(), dir).run(this.snapshot.getObject().entries(),
				threshold, this.properties.maxCandidates());
		System.out.print(report.format());
		return ExitCodes.OK;
	}

}
