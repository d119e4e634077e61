package io.shipscreen.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.shipscreen.report.FlaggedWorkbookWriter;
import io.shipscreen.report.SummaryWorkbookWriter;
import io.shipscreen.result.RunRepository;

/**
 * Last step: records the run's counts and writes both workbooks from the database (never from
 * memory), each to a temp file renamed into place, so a morning reader sees a whole workbook or
 * none. Re-running this step rewrites them identically.
 */
class ReportTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

	private final RunRepository runs;

	private final FlaggedWorkbookWriter flagged;

	private final SummaryWorkbookWriter summary;

	private final JobProperties properties;

	ReportTasklet(RunRepository runs, FlaggedWorkbookWriter flagged, SummaryWorkbookWriter summary,
			JobProperties properties) {
		this.runs = runs;
		this.flagged = flagged;
		this.summary = summary;
		this.properties = properties;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		JobExecution jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
		RunParameters run = RunParameters.from(jobExecution.getJobParameters());
		long runId = jobExecution.getJobInstance().getInstanceId();
		this.runs.finished(runId, "COMPLETED", StepTime.millis(jobExecution, NightlyScreeningJobConfig.SCREEN_STEP),
				null);
		Path flaggedFile = FlaggedWorkbookWriter.fileFor(run.output(), run.runDate());
		Path summaryFile = SummaryWorkbookWriter.fileFor(run.output(), run.runDate());
		// Both workbooks at once: the flagged one is CPU (XML, zip), the summary mostly waits on the
		// database's aggregates. The summary stays on this thread: it reads the run row just updated
		// in this step's transaction; the flagged workbook reads only committed results.
		FutureTask<Long> flaggedRows = new FutureTask<>(
				() -> this.flagged.write(runId, flaggedFile, this.properties.sheetRowLimit()));
		Thread flaggedWriter = new Thread(flaggedRows, "report-flagged-" + runId);
		flaggedWriter.start();
		try {
			this.summary.write(runId, summaryFile);
		}
		finally {
			flaggedWriter.join();
		}
		long flaggedCount = result(flaggedRows);
		Files.deleteIfExists(FailureSummary.fileFor(run.output(), run.runDate()));
		log.info("run={} flagged={} workbooks='{}', '{}'", runId, flaggedCount, flaggedFile, summaryFile);
		return RepeatStatus.FINISHED;
	}

	private static long result(FutureTask<Long> task) throws Exception {
		try {
			return task.get();
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
	}

}
