package io.shipscreen.rescreen;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import io.shipscreen.job.RunParameters;
import io.shipscreen.result.RunRepository;
import io.shipscreen.shared.RunFactsContributor;

/**
 * First step of a re-screen: counts what it will screen and records the run in
 * {@code screening_run} (source {@code rescreen}) with what it screens against, like a night.
 */
class RescreenStartTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(RescreenStartTasklet.class);

	static final String SOURCE = "rescreen";

	private final RunRepository runs;

	private final JdbcTemplate jdbc;

	private final List<RunFactsContributor> facts;

	RescreenStartTasklet(RunRepository runs, JdbcTemplate jdbc, List<RunFactsContributor> facts) {
		this.runs = runs;
		this.jdbc = jdbc;
		this.facts = facts;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
		RescreenParameters run = RescreenParameters.from(jobExecution.getJobParameters());
		long runId = jobExecution.getJobInstance().getInstanceId();
		Long rows = this.jdbc.queryForObject("SELECT COUNT(*) FROM screened_transaction WHERE order_date >= ?",
				Long.class, run.since());
		long count = (rows != null) ? rows : 0;
		String inputs = "screened_transaction, ordered on or after " + run.since() + " (" + count + " transactions)";
		this.runs.started(runId, run.date(), SOURCE, "since " + run.since(), RunParameters.BY_ORDER_DATE,
				(int) run.rerun(), inputs, RunFactsContributor.recorded(this.facts), count);
		log.info("rescreen run={} since={} transactions={} lists={} recorded", runId, run.since(), count, run.lists());
		return RepeatStatus.FINISHED;
	}

}
