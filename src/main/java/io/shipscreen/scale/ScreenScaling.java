package io.shipscreen.scale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns a chunk step into the partitioned step of {@code shipscreen.scale}: the manager step of the
 * same name, whose partitions run the chunk step on threads of this process ({@code local}) or on
 * worker processes reached over RabbitMQ ({@code remote}). Unpartitioned, the chunk step is
 * returned as it is.
 */
@Component
public class ScreenScaling {

	private static final Logger log = LoggerFactory.getLogger(ScreenScaling.class);

	/** The name of a partition's chunk step, beside its manager step's. */
	public static final String PARTITION_SUFFIX = "Partition";

	private final ScaleProperties properties;

	private final JobRepository jobRepository;

	private final ObjectProvider<MessagingTemplate> partitionRequests;

	public ScreenScaling(ScaleProperties properties, JobRepository jobRepository,
			ObjectProvider<MessagingTemplate> partitionRequests) {
		this.properties = properties;
		this.jobRepository = jobRepository;
		this.partitionRequests = partitionRequests;
	}

	/** The chunk step's name: the step's own, or the partitions' when partitioned. */
	public String chunkStepName(String stepName) {
		return this.properties.partitioned() ? stepName + PARTITION_SUFFIX : stepName;
	}

	public Step scaled(String stepName, Step chunkStep, Partitioner partitioner) {
		if (!this.properties.partitioned()) {
			return chunkStep;
		}
		log.info("step {}: {} partitions, {}", stepName, this.properties.partitions(),
				this.properties.mode().name().toLowerCase());
		return new StepBuilder(stepName, this.jobRepository).partitioner(chunkStep.getName(), partitioner)
			.partitionHandler(handler(chunkStep))
			.build();
	}

	private PartitionHandler handler(Step chunkStep) {
		try {
			if (this.properties.mode() == ScaleProperties.Mode.LOCAL) {
				TaskExecutorPartitionHandler local = new TaskExecutorPartitionHandler();
				local.setStep(chunkStep);
				local.setGridSize(this.properties.partitions());
				SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("partition-");
				threads.setConcurrencyLimit(this.properties.partitions());
				local.setTaskExecutor(threads);
				local.afterPropertiesSet();
				return local;
			}
			MessageChannelPartitionHandler remote = new MessageChannelPartitionHandler();
			remote.setStepName(chunkStep.getName());
			remote.setGridSize(this.properties.partitions());
			// the workers report through the job repository: no reply queue to lose
			remote.setJobRepository(this.jobRepository);
			remote.setPollInterval(this.properties.pollInterval().toMillis());
			if (!this.properties.partitionTimeout().isZero()) {
				remote.setTimeout(this.properties.partitionTimeout().toMillis());
			}
			remote.setMessagingOperations(this.partitionRequests.getObject());
			remote.afterPropertiesSet();
			return remote;
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot set up the partitions of step " + chunkStep.getName(), ex);
		}
	}

}
