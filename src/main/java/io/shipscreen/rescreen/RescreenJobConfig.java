package io.shipscreen.rescreen;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.shipscreen.job.CustomerHistoryListener;
import io.shipscreen.job.GracefulStop;
import io.shipscreen.job.JobProperties;
import io.shipscreen.job.ScreenAheadReader;
import io.shipscreen.policy.PolicyCatalog;
import io.shipscreen.report.RescreenWorkbookWriter;
import io.shipscreen.result.RunRepository;
import io.shipscreen.result.ScreeningResultWriter;
import io.shipscreen.result.TransactionStore;
import io.shipscreen.result.TransactionStore.StoredTransaction;
import io.shipscreen.screening.CustomerHistory;
import io.shipscreen.screening.QuotaLedger;
import io.shipscreen.shared.RunFactsContributor;
import io.shipscreen.screening.Screener;
import io.shipscreen.screening.ScreeningProperties;
import io.shipscreen.transaction.TransactionParser;

/**
 * The re-screen job: {@code rescreenStart} (the run recorded with what it screens against) →
 * {@code rescreen} (the stored transactions ordered on or after {@code --since}, read by
 * transaction id in pages, screened again, written with their changes in one transaction per
 * chunk; restartable from the last committed chunk) → {@code rescreenReport} (the workbook of
 * changed decisions, from the database). Its transactions are screened on a thread of their
 * own a few chunks ahead of the writer, as in the night ({@link ScreenAheadReader}).
 */
@Configuration(proxyBeanMethods = false)
public class RescreenJobConfig {

	public static final String JOB_NAME = "rescreen";

	static final String START_STEP = "rescreenStart";

	static final String RESCREEN_STEP = "rescreen";

	static final String REPORT_STEP = "rescreenReport";

	@Bean
	Job rescreenJob(JobRepository jobRepository, JobOperator jobOperator, RunRepository runs,
			PlatformTransactionManager transactionManager, JdbcTemplate jdbc, List<RunFactsContributor> facts,
			Step rescreenStep, RescreenWorkbookWriter workbook, JobProperties properties) {
		Step start = new StepBuilder(START_STEP, jobRepository)
			.tasklet(new RescreenStartTasklet(runs, jdbc, facts), transactionManager)
			.build();
		Step report = new StepBuilder(REPORT_STEP, jobRepository)
			.tasklet(new RescreenReportTasklet(runs, workbook, properties.sheetRowLimit()), transactionManager)
			.allowStartIfComplete(true)
			.build();
		return new JobBuilder(JOB_NAME, jobRepository).listener(new RescreenLifecycleListener(
				new GracefulStop(jobOperator, jobRepository, properties.stopTimeout()), runs))
			.start(start)
			.next(rescreenStep)
			.next(report)
			.build();
	}

	@Bean
	Step rescreenStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ItemStreamReader<Rescreened> rescreenAheadReader, RescreenProcessor rescreenProcessor,
			RescreenWriter rescreenWriter, CustomerHistoryListener rescreenHistory, JobProperties properties) {
		// the transactions are read and screened ahead by the reader (ScreenAheadReader): no item processor
		return new StepBuilder(RESCREEN_STEP, jobRepository).<Rescreened, Rescreened>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(rescreenAheadReader)
			.writer(rescreenWriter)
			.listener(rescreenProcessor)
			// only its step callbacks: the writer hands it the chunk's results itself
			.listener(stepCallbacksOf(rescreenHistory))
			.faultTolerant()
			.retry(TransientDataAccessException.class, DeadlockLoserDataAccessException.class,
					CannotAcquireLockException.class, TransientDataAccessResourceException.class)
			.retryLimit(3)
			.build();
	}

	/**
	 * The stored transactions, screened again in order on one thread a few chunks ahead of the
	 * writer, as the night screens its rows: the position saved at each commit is the reader's
	 * after the last transaction handed to the writer, so a restart resumes after the last
	 * committed chunk and screens what a single-threaded run would.
	 */
	@Bean
	@StepScope
	ScreenAheadReader<StoredTransaction, Rescreened> rescreenAheadReader(
			@Value("#{stepExecution}") StepExecution stepExecution,
			JdbcPagingItemReader<StoredTransaction> rescreenReader, RescreenProcessor rescreenProcessor,
			JobProperties properties, ScreeningProperties screening) {
		return new ScreenAheadReader<>(rescreenReader, rescreenProcessor,
				screening.screenAhead() * properties.chunkSize(), stepExecution);
	}

	private static StepExecutionListener stepCallbacksOf(CustomerHistoryListener history) {
		return new StepExecutionListener() {
			@Override
			public void beforeStep(StepExecution stepExecution) {
				history.beforeStep(stepExecution);
			}

			@Override
			public ExitStatus afterStep(StepExecution stepExecution) {
				return history.afterStep(stepExecution);
			}
		};
	}

	/**
	 * The latest screening of every transaction ordered on or after {@code --since}, by
	 * transaction id (the table's key: each page starts where the last one ended, and a restart
	 * where the last committed chunk did). Rows this run has already written are skipped: a
	 * page is a chunk, so a restart position is always at the end of a page and the filter moves
	 * no row of the pages still to read.
	 */
	@Bean
	@StepScope
	JdbcPagingItemReader<StoredTransaction> rescreenReader(@Value("#{stepExecution}") StepExecution stepExecution,
			DataSource dataSource, JdbcTemplate jdbc, JobProperties properties) throws Exception {
		RescreenParameters run = RescreenParameters.from(stepExecution.getJobParameters());
		long runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		TransactionStore store = new TransactionStore(jdbc, true);
		return new JdbcPagingItemReaderBuilder<StoredTransaction>().name("rescreenReader")
			.dataSource(dataSource)
			.selectClause(TransactionStore.COLUMNS)
			.fromClause("screened_transaction")
			.whereClause("order_date >= :since AND run_id <> :runId")
			.parameterValues(Map.of("since", run.since(), "runId", runId))
			.sortKeys(Map.of("transaction_id", Order.ASCENDING))
			.rowMapper(store::map)
			.pageSize(properties.chunkSize())
			.build();
	}

	@Bean
	@StepScope
	RescreenProcessor rescreenProcessor(@Value("#{stepExecution}") StepExecution stepExecution,
			TransactionParser transactionParser, Screener screener, PolicyCatalog policies, JdbcTemplate jdbc,
			ObjectProvider<QuotaLedger> quotaLedger) {
		RescreenParameters run = RescreenParameters.from(stepExecution.getJobParameters());
		return new RescreenProcessor(transactionParser, screener, policies, new HitChanges(jdbc), quotaLedger,
				run.date());
	}

	@Bean
	@StepScope
	RescreenWriter rescreenWriter(@Value("#{stepExecution}") StepExecution stepExecution, JdbcTemplate jdbc,
			ObjectProvider<QuotaLedger> quotaLedger, RunRepository runs, CustomerHistoryListener rescreenHistory) {
		long runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		return new RescreenWriter(new ScreeningResultWriter(jdbc, quotaLedger, runs.hasResults(runId)),
				new TransactionStore(jdbc, true), rescreenHistory, jdbc);
	}

	/** DIVERSION-VOLUME's customer history, kept per chunk as in the night, so a restart flags the same. */
	@Bean
	@StepScope
	CustomerHistoryListener rescreenHistory(CustomerHistory customerHistory, JdbcTemplate jdbc) {
		return new CustomerHistoryListener(customerHistory, jdbc);
	}

}
