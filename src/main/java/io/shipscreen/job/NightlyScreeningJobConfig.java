package io.shipscreen.job;

import java.io.File;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.file.MultiResourceItemReader;
import org.springframework.batch.infrastructure.item.support.CompositeItemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.shipscreen.policy.PolicyCatalog;
import io.shipscreen.report.FlaggedWorkbookWriter;
import io.shipscreen.report.SummaryWorkbookWriter;
import io.shipscreen.result.ResultProperties;
import io.shipscreen.result.RunRepository;
import io.shipscreen.review.ReviewFolder;
import io.shipscreen.review.ReviewImportTasklet;
import io.shipscreen.result.ScreenedItem;
import io.shipscreen.result.ScreeningResultWriter;
import io.shipscreen.scale.AccountKeys;
import io.shipscreen.scale.AccountPartitioner;
import io.shipscreen.scale.PartitionPlans;
import io.shipscreen.scale.PartitionRowFilter;
import io.shipscreen.scale.ScreenScaling;
import io.shipscreen.screening.AccumulatingCheck;
import io.shipscreen.result.TransactionStore;
import io.shipscreen.screening.CustomerHistory;
import io.shipscreen.screening.DrawLedger;
import io.shipscreen.screening.QuotaLedger;
import io.shipscreen.shared.RunFactsContributor;
import io.shipscreen.screening.ScreeningProperties;
import io.shipscreen.screening.Screener;
import io.shipscreen.source.db.ExportTransactionTable;
import io.shipscreen.source.excel.XlsxTransactionReader;
import io.shipscreen.transaction.CountryCodes;
import io.shipscreen.transaction.RawRow;
import io.shipscreen.transaction.TransactionParser;

/**
 * The nightly screening job, whole: {@code importReviews} (reviewers' workbooks waiting in the
 * review folder; never fails the night) → {@code checkInputs} (every input readable, the run recorded)
 * → {@code screen} (chunks of rows read from Excel or {@code export_transaction}, validated,
 * screened, written with their hits and rejects in one transaction per chunk) → {@code report}
 * (the flagged and summary workbooks, from the database). No incrementer: the same parameters
 * again restart a failed run from its last committed chunk.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyScreeningJobConfig {

	public static final String JOB_NAME = "nightlyScreening";

	public static final String IMPORT_REVIEWS_STEP = "importReviews";

	static final String CHECK_STEP = "checkInputs";

	static final String SCREEN_STEP = "screen";

	static final String REPORT_STEP = "report";

	@Bean
	Job nightlyScreeningJob(JobRepository jobRepository, Step importReviewsStep, Step checkInputsStep,
			Step screenStep, Step reportStep, RunLifecycleListener runLifecycleListener) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(runLifecycleListener)
			.start(importReviewsStep)
			.next(checkInputsStep)
			.next(screenStep)
			.next(reportStep)
			.build();
	}

	@Bean
	RunLifecycleListener runLifecycleListener(JobOperator jobOperator, JobRepository jobRepository,
			RunRepository runs, JobProperties properties) {
		return new RunLifecycleListener(jobOperator, jobRepository, runs, properties.stopTimeout());
	}

	/**
	 * Reviewers' decisions dropped in the review folder are imported before the night is screened,
	 * on every execution (a restart imports what was dropped since). Its own transactions: a
	 * workbook imports whole or not at all.
	 */
	@Bean
	Step importReviewsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ObjectProvider<ReviewFolder> reviewFolder) {
		return new StepBuilder(IMPORT_REVIEWS_STEP, jobRepository)
			.tasklet((contribution, chunk) -> new ReviewImportTasklet(reviewFolder.getObject()).execute(contribution,
					chunk), transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	/** The run facts (lists, policies) are gathered when the step runs, not when the job is built. */
	@Bean
	Step checkInputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RunRepository runs, JdbcTemplate jdbc, ObjectProvider<RunFactsContributor> facts) {
		return new StepBuilder(CHECK_STEP, jobRepository)
			.tasklet((contribution, chunk) -> new InputCheckTasklet(runs, jdbc, facts.orderedStream().toList())
				.execute(contribution, chunk), transactionManager)
			.build();
	}

	/**
	 * Spring Batch's registry finds the job when the context has started
	 * ({@code MapJobRegistry.afterSingletonsInstantiated}): under the operator commands' lazy start
	 * it must still start then, or {@code restart} would find no job to restart.
	 */
	@Bean
	static LazyInitializationExcludeFilter jobRegistryStartsEagerly() {
		return LazyInitializationExcludeFilter.forBeanTypes(JobRegistry.class);
	}

	/**
	 * The screen step: the chunk step below, or with {@code shipscreen.scale.partitions} above 1 a
	 * partitioned step whose partitions each run it over accounts of their own (docs/scale-out.md).
	 */
	@Bean
	Step screenStep(Step screenChunkStep, ScreenScaling scaling, ItemStreamReader<RawRow> transactionReader,
			TransactionParser transactionParser, ObjectProvider<AccumulatingCheck> accumulatingChecks,
			ObjectProvider<PolicyCatalog> policyCatalog, PartitionPlans plans) {
		// built when a night is partitioned, not with the job: the operator commands never load the policies
		Supplier<AccountKeys> keys = () -> {
			PolicyCatalog policies = policyCatalog.getObject();
			return new AccountKeys(transactionParser, accumulatingChecks.orderedStream().toList(), (tx) -> {
				RunParameters run = RunParameters.from(StepSynchronizationManager.getContext().getStepExecution()
					.getJobParameters());
				return run.forcedPolicy() ? policies.byId(run.policy()).orElseThrow(IllegalArgumentException::new)
						: policies.forOrderDate(tx.orderDate());
			});
		};
		return scaling.scaled(SCREEN_STEP, screenChunkStep, new AccountPartitioner(transactionReader, keys, plans));
	}

	@Bean
	Step screenChunkStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ItemStreamReader<ScreenedItem> screeningReader, RowScreener rowScreener,
			ScreeningResultWriter writer, TransactionStore transactionStore, ProgressListener progressListener,
			RejectLimit rejectLimit, JobProperties properties, CustomerHistory customerHistory, JdbcTemplate jdbc, ScreenScaling scaling) {
		// rows are read and screened ahead by the reader (ScreenAheadReader): no item processor
		return new StepBuilder(scaling.chunkStepName(SCREEN_STEP), jobRepository)
			.<ScreenedItem, ScreenedItem>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(screeningReader)
			// the transactions themselves are kept too, for a later rescreen (docs/lists.md)
			.writer(new CompositeItemWriter<>(List.of(writer, transactionStore)))
			.listener(rowScreener)
			.listener(progressListener)
			.listener(rejectLimit)
			.listener(new CustomerHistoryListener(customerHistory, jdbc))
			.faultTolerant()
			// a database that blinks (deadlock, lock timeout, failover) gets the chunk retried, not the night
			.retry(TransientDataAccessException.class, DeadlockLoserDataAccessException.class,
					CannotAcquireLockException.class, TransientDataAccessResourceException.class)
			.retryLimit(3)
			.build();
	}

	/** The source rows, validated and screened in order on one thread, a few chunks ahead of the writer. */
	@Bean
	@StepScope
	ScreenAheadReader<RawRow, ScreenedItem> screeningReader(@Value("#{stepExecution}") StepExecution stepExecution,
			ItemStreamReader<RawRow> transactionReader, RowScreener rowScreener,
			JobProperties properties, ScreeningProperties screening) {
		return new ScreenAheadReader<>(transactionReader, rowScreener,
				screening.screenAhead() * properties.chunkSize(), stepExecution);
	}

	@Bean
	Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunRepository runs,
			FlaggedWorkbookWriter flagged, SummaryWorkbookWriter summary, JobProperties properties) {
		return new StepBuilder(REPORT_STEP, jobRepository)
			.tasklet(new ReportTasklet(runs, flagged, summary, properties), transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	@StepScope
	ScreeningResultWriter screeningResultWriter(@Value("#{stepExecution}") StepExecution stepExecution,
			JdbcTemplate jdbc, ObjectProvider<QuotaLedger> quotaLedger, ObjectProvider<DrawLedger> drawLedgers,
			RunRepository runs, ResultProperties results) {
		long runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		return new ScreeningResultWriter(jdbc, quotaLedger, runs.hasResults(runId),
				ScreeningResultWriter.loadData(results, jdbc), drawLedgers.orderedStream().toList());
	}

	/** What a rescreen screens again; what-if runs ({@code --policy}) are not what a shipment was cleared on. */
	@Bean
	@StepScope
	TransactionStore transactionStore(@Value("#{stepExecution}") StepExecution stepExecution, JdbcTemplate jdbc,
			@Value("${shipscreen.rescreen.store-transactions:true}") boolean store) {
		return new TransactionStore(jdbc, store && !RunParameters.from(stepExecution.getJobParameters()).forcedPolicy());
	}

	/**
	 * Excel workbooks fixed by {@code checkInputs}, or the source table; a partition's rows only, for
	 * a partition of a partitioned night.
	 */
	@Bean
	@StepScope
	ItemStreamReader<RawRow> transactionReader(@Value("#{stepExecution}") StepExecution stepExecution,
			@Value("#{jobExecutionContext['" + InputCheckTasklet.INPUT_FILES + "']}") String inputFiles,
			DataSource dataSource, JobProperties properties, PartitionPlans plans) throws Exception {
		return PartitionRowFilter.forStep(source(stepExecution, inputFiles, dataSource, properties), stepExecution,
				plans);
	}

	private static ItemStreamReader<RawRow> source(StepExecution stepExecution, String inputFiles,
			DataSource dataSource, JobProperties properties) throws Exception {
		RunParameters run = RunParameters.from(stepExecution.getJobParameters());
		if (RunParameters.SOURCE_DB.equals(run.source())) {
			return ExportTransactionTable.reader(dataSource, run.input(), properties.chunkSize());
		}
		List<String> names = (inputFiles != null) ? List.of(inputFiles.split("\n")) : List.of();
		Resource[] resources = names.stream().map(File::new).map(FileSystemResource::new).toArray(Resource[]::new);
		MultiResourceItemReader<RawRow> reader = new MultiResourceItemReader<>(new XlsxTransactionReader());
		reader.setResources(resources);
		reader.setStrict(true);
		return reader;
	}

	@Bean
	@StepScope
	RowScreener rowScreener(@Value("#{stepExecution}") StepExecution stepExecution,
			TransactionParser transactionParser, Screener screener, PolicyCatalog policies, RunRepository runs,
			DataSource dataSource, ObjectProvider<QuotaLedger> quotaLedger, ObjectProvider<DrawLedger> drawLedgers) {
		RunParameters run = RunParameters.from(stepExecution.getJobParameters());
		// a source table keyed by transaction_id cannot repeat one: no need to remember every id read
		boolean uniqueIds = RunParameters.SOURCE_DB.equals(run.source())
				&& ExportTransactionTable.hasUniqueTransactionId(dataSource, run.input());
		return new RowScreener(transactionParser, screener, policies, runs, run, uniqueIds, quotaLedger,
				drawLedgers.orderedStream().toList());
	}

	@Bean
	@StepScope
	RejectLimit rejectLimit(RunRepository runs, JobProperties properties) {
		return new RejectLimit(runs, properties.rejectLimit());
	}

	@Bean
	@StepScope
	ProgressListener progressListener(JobProperties properties, RunRepository runs) {
		return new ProgressListener(properties.progressInterval(), runs);
	}

	@Bean
	TransactionParser transactionParser(CountryCodes countryCodes) {
		return new TransactionParser(countryCodes);
	}

	@Bean
	CountryCodes countryCodes() {
		return CountryCodes.standard();
	}

}
