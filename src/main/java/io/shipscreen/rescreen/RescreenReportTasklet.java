package io.shipscreen.rescreen;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.shipscreen.job.StepTime;
import io.shipscreen.report.RescreenWorkbookWriter;
import io.shipscreen.result.RunRepository;

/**
 * Last step of a re-screen: records the run's counts and writes {@code rescreen-<date>.xlsx}
 * from the database (temp file, then rename). Re-running it rewrites the same workbook.
 */
class RescreenReportTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(RescreenReportTasklet.class);

	private final RunRepository runs;

	private final RescreenWorkbookWriter workbook;

	private final int sheetRowLimit;

	RescreenReportTasklet(RunRepository runs, RescreenWorkbookWriter workbook, int sheetRowLimit) {
		this.runs = runs;
		this.workbook = workbook;
		this.sheetRowLimit = sheetRowLimit;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		JobExecution jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
		RescreenParameters run = RescreenParameters.from(jobExecution.getJobParameters());
		long runId = jobExecution.getJobInstance().getInstanceId();
		this.runs.finished(runId, "COMPLETED", StepTime.millis(jobExecution, RescreenJobConfig.RESCREEN_STEP),
				null);
		Path file = RescreenParameters.fileFor(run.output(), run.date());
		long changed = this.workbook.write(runId, file, this.sheetRowLimit);
		log.info("rescreen run={} changed={} workbook='{}'", runId, changed, file);
		jobExecution.getExecutionContext().putLong(CHANGED, changed);
		return RepeatStatus.FINISHED;
	}

	static final String CHANGED = "changed";

}
