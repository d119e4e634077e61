package io.shipscreen.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Imports the reviewers' workbooks waiting in {@code input/reviews/} before a night is screened,
 * so that yesterday's FALSE POSITIVEs clear tonight and the flagged workbook shows the last
 * decisions. Wired into the job with {@code .listener(reviewImportListener)}. A failing import is
 * logged and never fails the night: screening matters more than the round trip.
 */
@Component
public class ReviewImportListener implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(ReviewImportListener.class);

	private final ReviewFolder folder;

	public ReviewImportListener(ReviewFolder folder) {
		this.folder = folder;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		try {
			this.folder.importWaiting()
				.forEach((report) -> log.info("run={} review import {}", jobExecution.getJobInstance().getInstanceId(),
						report.summary()));
		}
		catch (RuntimeException ex) {
			log.error("run={} review import from {} failed: {}", jobExecution.getJobInstance().getInstanceId(),
					this.folder.folder(), ex.toString(), ex);
		}
	}

}
