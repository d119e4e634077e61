package io.shipscreen.parties;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import io.shipscreen.cli.Command;
import io.shipscreen.cli.CommandException;
import io.shipscreen.cli.CommandLine;
import io.shipscreen.cli.ExitCodes;

/**
 * {@code evaluate}: recall, false positives and speed of the name matcher on the labelled sets
 * ({@code --eval=DIR}, default {@code src/test/resources/eval}) at the configured review
 * threshold (or {@code --threshold=X}).
 */
@Component
public class EvaluateCommand implements Command {

	private final PartyListSnapshot snapshot;

	private final NameNormalizer normalizer;

	private final PartiesProperties properties;

	public EvaluateCommand(PartyListSnapshot snapshot, NameNormalizer normalizer, PartiesProperties properties) {
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
	public int run(CommandLine commandLine) {
		Path dir = Path.of(commandLine.option("eval").orElse("src/test/resources/eval"));
		if (!Files.isDirectory(dir)) {
			throw new CommandException("no evaluation folder " + dir + " (use --eval=DIR)", ExitCodes.USAGE);
		}
		double threshold;
		try {
			threshold = Double.parseDouble(commandLine.option("threshold")
				.orElse(String.valueOf(this.properties.reviewThreshold())));
		}
		catch (NumberFormatException ex) {
			throw new CommandException("--threshold must be a number such as 0.86", ExitCodes.USAGE);
		}
		MatcherEvaluation.Report report = new MatcherEvaluation(this.normalizer, dir).run(this.snapshot.entries(),
				threshold, this.properties.maxCandidates());
		System.out.print(report.format());
		return ExitCodes.OK;
	}

}
