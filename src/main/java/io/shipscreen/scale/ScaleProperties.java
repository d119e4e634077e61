package io.shipscreen.scale;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Scale-out of the screen step ({@code shipscreen.scale.*}; docs/scale-out.md).
 *
 * @param partitions how many partitions the screen step is split into; 1 = not partitioned
 * @param mode {@code local}: the partitions run on threads of this process; {@code remote}: they are
 * sent over RabbitMQ ({@code spring.rabbitmq.*}) to {@code worker} processes sharing the database
 * @param queue the RabbitMQ queue the partition requests go to
 * @param pollInterval how often the manager looks in the job repository for finished partitions
 * @param partitionTimeout how long the manager waits for every partition to end before it fails the
 * step (restartable); zero waits as long as it takes
 * @param workerConcurrency partitions one worker process screens at once
 * @param workerStopTimeout on SIGTERM, how long a worker waits for its partition to end before it
 * exits and leaves the partition, from its last commit, to another worker
 */
@Validated
@ConfigurationProperties("shipscreen.scale")
public record ScaleProperties(@DefaultValue("1") @Min(1) @Max(256) int partitions,
		@DefaultValue("local") @NotNull Mode mode, @DefaultValue("shipscreen.partitions") @NotNull String queue,
		@DefaultValue("1s") @NotNull Duration pollInterval, @DefaultValue("0s") @NotNull Duration partitionTimeout,
		@DefaultValue("1") @Min(1) @Max(64) int workerConcurrency,
		@DefaultValue("60s") @NotNull Duration workerStopTimeout) {

	public enum Mode {

		LOCAL, REMOTE

	}

	public boolean partitioned() {
		return this.partitions > 1;
	}

}
