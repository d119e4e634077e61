package io.shipscreen.review;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The job's {@code importReviews} step: imports the reviewers' workbooks waiting in
 * {@code input/reviews/} before a night is screened, so that yesterday's FALSE POSITIVEs clear
 * tonight and the flagged workbook shows the last decisions. What it did is the step's exit
 * description (in the job repository and {@code runs}). A workbook that cannot be imported is
 * logged with its name and left in the folder, and the step still completes: screening matters
 * more than the round trip, so a review file never decides the night's outcome.
 */
public class ReviewImportTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ReviewImportTasklet.class);

	private final ReviewFolder folder;

	public ReviewImportTasklet(ReviewFolder folder) {
		this.folder = folder;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long runId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		List<String> done = new ArrayList<>();
		try {
			ReviewFolder.FolderImport result = this.folder.importAll();
			for (ImportReport report : result.imported()) {
				log.info("run={} review import {}", runId, report.summary());
				done.add(report.summary());
			}
			result.notImported().forEach((line) -> done.add("NOT IMPORTED " + line));
		}
		catch (RuntimeException ex) {
			log.error("run={} review import from {} failed: {}", runId, this.folder.folder(), ex.toString(), ex);
			done.add("NOT IMPORTED " + this.folder.folder() + ": " + oneLine(ex));
		}
		if (!done.isEmpty()) {
			contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(String.join("; ", done)));
		}
		return RepeatStatus.FINISHED;
	}

	private static String oneLine(Throwable ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		return message.replaceAll("\\s*\\R\\s*", " ").trim();
	}

}
