package io.shipscreen.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * {@code failed-<run-date>.txt} beside the workbooks: what failed, and the exact command that
 * resumes the run, for whoever reads the output folder in the morning.
 */
final class FailureSummary {

	private FailureSummary() {
	}

	static Path fileFor(Path outputDir, LocalDate runDate) {
		return outputDir.resolve("failed-" + runDate + ".txt");
	}

	static void write(RunParameters run, long executionId, String status, String reason) throws IOException {
		Path target = fileFor(run.output(), run.runDate());
		Files.createDirectories(target.toAbsolutePath().getParent());
		String text = """
				shipscreen run %s did not complete.
				status:    %s (execution %d, %s)
				reason:    %s

				Fix the cause, then resume it with exactly the same command; it continues from the
				last committed chunk and nothing already screened is screened twice:

				    %s
				""".formatted(run.describe(), status, executionId, LocalDateTime.now().withNano(0), reason,
				resumeCommand(run));
		Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
		Files.writeString(temp, text);
		Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
	}

	static String resumeCommand(RunParameters run) {
		StringBuilder command = new StringBuilder("java -jar target/shipscreen.jar screen");
		command.append(" --run-date=").append(run.runDate());
		command.append(" --source=").append(run.source());
		if (RunParameters.SOURCE_EXCEL.equals(run.source())) {
			command.append(" --input=").append(quote(run.input()));
		}
		command.append(" --output=").append(quote(run.output().toString()));
		if (run.forcedPolicy()) {
			command.append(" --policy=").append(run.policy());
		}
		if (run.rerun() > 0) {
			command.append(" --rerun");
		}
		return command.toString();
	}

	private static String quote(String value) {
		return value.matches("[\\w./:@=+-]+") ? value : "'" + value.replace("'", "'\\''") + "'";
	}

}
