package io.shipscreen.scale;

import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.Lifecycle;
import org.springframework.stereotype.Component;

import io.shipscreen.cli.Command;
import io.shipscreen.cli.CommandException;
import io.shipscreen.cli.CommandLine;
import io.shipscreen.cli.CommandOptions;
import io.shipscreen.cli.ExitCodes;

/**
 * {@code worker}: screens the partitions a partitioned night sends over RabbitMQ, until SIGTERM.
 * On SIGTERM it takes no new partition and waits up to {@code shipscreen.scale.worker-stop-timeout}
 * for the one it is screening; a partition still running then is left, unacknowledged, to another
 * worker, which resumes it from its last commit.
 */
@Component
class WorkerCommand implements Command {

	private static final Logger log = LoggerFactory.getLogger(WorkerCommand.class);

	private final BeanFactory beans;

	private final ScaleProperties properties;

	WorkerCommand(BeanFactory beans, ScaleProperties properties) {
		this.beans = beans;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "worker";
	}

	@Override
	public String usage() {
		return "worker                      screen the partitions of partitioned nights, sent over RabbitMQ, until SIGTERM";
	}

	@Override
	public CommandOptions options() {
		return CommandOptions.of(
				"lists",
				"ownership",
				"licences");
	}

	@Override
	public int run(CommandLine commandLine) throws Exception {
		if (!this.beans.containsBean(RemotePartitioning.INBOUND)) {
			throw new CommandException("a worker needs shipscreen.scale.mode=remote (and spring.rabbitmq.* for the broker)",
					ExitCodes.USAGE);
		}
		Lifecycle listener = this.beans.getBean(RemotePartitioning.INBOUND, Lifecycle.class);
		CountDownLatch stopped = new CountDownLatch(1);
		Thread hook = new Thread(() -> {
			log.info("worker: SIGTERM, taking no new partition; waiting up to {} for the one running",
					this.properties.workerStopTimeout());
			listener.stop();
			stopped.countDown();
		}, "worker-shutdown");
		Runtime.getRuntime().addShutdownHook(hook);
		listener.start();
		log.info("worker: waiting for partitions on queue '{}' ({} at a time)", this.properties.queue(),
				this.properties.workerConcurrency());
		stopped.await();
		return ExitCodes.OK;
	}

}
