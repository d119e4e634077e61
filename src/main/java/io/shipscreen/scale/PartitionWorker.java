package io.shipscreen.scale;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.shipscreen.parties.ClearedMatches;
import io.shipscreen.shared.RunFactsContributor;

/**
 * Runs the partitions a worker process is sent. A request is only run while its night is running:
 * one that arrives for a night that was recovered, stopped or abandoned meanwhile (a request left in
 * the queue by a killed run) is dropped, as is one whose partition already completed (delivered
 * twice). A request for a partition left STARTED by a worker that died is run again: the chunk step
 * resumes from the partition's last commit, and its writer replaces what the dead worker had
 * screened after it.
 */
@Component
class PartitionWorker {

	private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);

	private final JobRepository jobRepository;

	private final StepExecutionRequestHandler handler;

	private final List<RunFactsContributor> facts;

	private final JdbcTemplate jdbc;

	private final ClearedMatches clearedMatches;

	PartitionWorker(JobRepository jobRepository, Map<String, Step> steps, List<RunFactsContributor> facts,
			JdbcTemplate jdbc, ClearedMatches clearedMatches) {
		this.jobRepository = jobRepository;
		this.clearedMatches = clearedMatches;
		this.facts = facts;
		this.jdbc = jdbc;
		this.handler = new StepExecutionRequestHandler();
		this.handler.setJobRepository(jobRepository);
		// a request names the partitions' chunk step ("screenPartition"); unpartitioned here, this
		// process has the same chunk step under its own name ("screen")
		this.handler.setStepLocator((stepName) -> steps.values()
			.stream()
			.filter((step) -> step.getName().equals(stepName)
					|| (step.getName() + ScreenScaling.PARTITION_SUFFIX).equals(stepName))
			.findFirst()
			.orElse(null));
	}

	void screen(StepExecutionRequest request) {
		StepExecution partition = this.jobRepository.getStepExecution(request.getStepExecutionId());
		if (partition == null) {
			log.warn("partition request {} names no step execution in this database: dropped", request);
			return;
		}
		JobExecution night = partition.getJobExecution();
		if (partition.getStatus() == BatchStatus.COMPLETED || partition.getStatus() == BatchStatus.ABANDONED) {
			log.info("partition {} of run={} is already {}: request dropped", partition.getStepName(),
					night.getJobInstance().getInstanceId(), partition.getStatus());
			return;
		}
		if (!night.isRunning()) {
			log.warn("partition {} of run={}: the night is {} (recovered or stopped since the request was sent): "
					+ "dropped; its restart sends the partition again", partition.getStepName(),
					night.getJobInstance().getInstanceId(), night.getStatus());
			return;
		}
		// the reviewers' decisions the manager imported tonight (a shared file)
		this.clearedMatches.reload();
		String mismatch = screensAgainstOtherData(night.getJobInstance().getInstanceId());
		if (mismatch != null) {
			log.error("partition {} of run={} refused: {}", partition.getStepName(), night.getJobInstance().getInstanceId(),
					mismatch);
			partition.setStatus(BatchStatus.FAILED);
			partition.setExitStatus(ExitStatus.FAILED.addExitDescription(mismatch));
			partition.setEndTime(LocalDateTime.now());
			this.jobRepository.update(partition);
			return;
		}
		log.info("partition {} of run={} (step execution {}, {}): screening", partition.getStepName(),
				night.getJobInstance().getInstanceId(), partition.getId(),
				(partition.getStatus() == BatchStatus.STARTED) ? "left by a worker that stopped; resuming" : "new");
		StepExecution ended = this.handler.handle(request);
		log.info("partition {} of run={}: {} ({} read, {} written)", ended.getStepName(),
				night.getJobInstance().getInstanceId(), ended.getStatus(), ended.getReadCount(), ended.getWriteCount());
	}

	/**
	 * Why this worker would screen against other policies, lists or clearances than the night was
	 * started with (the run facts the manager recorded), or null. A worker started before a list
	 * refresh, or with another config/, must not screen part of a night that the rest screens
	 * against something else.
	 */
	private String screensAgainstOtherData(long runId) {
		List<String> recorded = this.jdbc.queryForList("SELECT facts FROM screening_run WHERE run_id = ?", String.class,
				runId);
		if (recorded.isEmpty() || recorded.get(0) == null) {
			return null;
		}
		Map<String, String> night = new LinkedHashMap<>();
		for (String line : recorded.get(0).split("\n")) {
			int tab = line.indexOf('\t');
			if (tab > 0) {
				night.put(line.substring(0, tab), line.substring(tab + 1));
			}
		}
		Map<String, String> here = new LinkedHashMap<>();
		this.facts.forEach((contributor) -> contributor.runFacts()
			.forEach((label, value) -> here.put(label, value.replaceAll("[\\t\\n]+", " "))));
		for (Map.Entry<String, String> fact : night.entrySet()) {
			if (fact.getKey().toLowerCase(java.util.Locale.ROOT).contains("staleness")) {
				// a judgement of the lists' age on the run date, not what is screened against
				continue;
			}
			String mine = here.get(fact.getKey());
			if (!fact.getValue().equals(mine)) {
				return "this worker's " + fact.getKey() + " (" + mine + ") is not the night's (" + fact.getValue()
						+ "): restart the workers with the night's configuration";
			}
		}
		return null;
	}

}
