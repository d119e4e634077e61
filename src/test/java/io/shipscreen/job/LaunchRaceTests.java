package io.shipscreen.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.shipscreen.testdata.TransactionRows;
import io.shipscreen.testdata.WorkbookFixture;

/**
 * A cron that fires twice: Spring Batch records a run's instance and then its first execution, and
 * a second launch in between finds the instance without an execution. It is refused (exit 3) like
 * any launch of a running night, not failed with Spring Batch's "Cannot find any job execution".
 */
@SpringBootTest(properties = { "shipscreen.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:launchrace;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1" })
class LaunchRaceTests {

	@Autowired
	NightlyRunLauncher launcher;

	@Autowired
	JobRepository jobRepository;

	@TempDir
	Path dir;

	@Test
	void aLaunchBetweenAnotherProcessesInstanceAndExecutionIsRefused() throws Exception {
		Path input = WorkbookFixture.transactions()
			.row(TransactionRows.clean("R1"))
			.writeTo(this.dir.resolve("orders.xlsx"));
		RunParameters run = new RunParameters(LocalDate.of(2031, 1, 8), RunParameters.SOURCE_EXCEL, input.toString(),
				RunParameters.BY_ORDER_DATE, 0, this.dir.resolve("out"));
		JobParameters parameters = run.withRerun(0).toJobParameters();

		// given: another process (pid 1, alive, on this host) has created the run's instance and
		// records its execution a moment later
		JobInstance instance = this.jobRepository.createJobInstance(NightlyScreeningJobConfig.JOB_NAME, parameters);
		String self = RunLifecycleListener.currentProcess();
		Thread other = new Thread(() -> {
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			ExecutionContext context = new ExecutionContext();
			context.putString(RunLifecycleListener.OWNER, "1" + self.substring(self.indexOf('@')));
			this.jobRepository.createJobExecution(instance, parameters, context);
		});
		other.start();

		// when / then
		assertThatThrownBy(() -> this.launcher.launch(run, false)).isInstanceOf(RunRefusedException.class)
			.hasMessageContaining("is already running");
		other.join();
		assertThat(this.jobRepository.getJobExecutions(instance)).hasSize(1);
	}

}
