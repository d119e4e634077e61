package io.shipscreen.job;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import io.shipscreen.result.RunRepository;
import io.shipscreen.shared.RunFactsContributor;
import io.shipscreen.source.db.ExportTransactionTable;
import io.shipscreen.source.excel.ExcelInputs;

/**
 * First step of the night: every input is readable (an unreadable workbook fails the night here,
 * before anything is screened, with one line naming it), the rows are counted for progress, the
 * file list is fixed in the job's context (so a restart reads exactly the same files), and the run
 * is recorded with what it screens against.
 */
class InputCheckTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(InputCheckTasklet.class);

	static final String INPUT_FILES = "inputFiles";

	static final String ROWS_EXPECTED = "rowsExpected";

	private final RunRepository runs;

	private final JdbcTemplate jdbc;

	private final List<RunFactsContributor> facts;

	InputCheckTasklet(RunRepository runs, JdbcTemplate jdbc, List<RunFactsContributor> facts) {
		this.runs = runs;
		this.jdbc = jdbc;
		this.facts = facts;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
		RunParameters run = RunParameters.from(jobExecution.getJobParameters());
		long runId = jobExecution.getJobInstance().getInstanceId();
		ExecutionContext context = jobExecution.getExecutionContext();
		long rows;
		String inputs;
		if (RunParameters.SOURCE_DB.equals(run.source())) {
			rows = ExportTransactionTable.count(this.jdbc, run.input());
			inputs = "table " + run.input() + " (" + rows + " rows)";
		}
		else {
			List<Path> files = ExcelInputs.find(Path.of(run.input()));
			List<String> described = new ArrayList<>();
			rows = 0;
			for (Path file : files) {
				long fileRows = ExcelInputs.check(file.toFile());
				log.info("run={} input={} rows={}", runId, file.getFileName(), fileRows);
				described.add(file.getFileName() + " (" + fileRows + " rows)");
				rows += fileRows;
			}
			context.putString(INPUT_FILES, String.join("\n", ExcelInputs.names(files)));
			inputs = String.join("; ", described);
		}
		context.putLong(ROWS_EXPECTED, rows);
		this.runs.started(runId, run.runDate(), run.source(), run.input(), run.policy(), (int) run.rerun(), inputs,
				RunFactsContributor.recorded(this.facts), rows);
		log.info("run={} date={} source={} input='{}' policy={} rows={} checked", runId, run.runDate(), run.source(),
				run.input(), run.policy(), rows);
		return RepeatStatus.FINISHED;
	}

	static List<File> files(ExecutionContext context) {
		String names = context.getString(INPUT_FILES, "");
		List<File> files = new ArrayList<>();
		for (String name : names.split("\n")) {
			if (!name.isBlank()) {
				files.add(new File(name));
			}
		}
		return files;
	}

}
