package io.shipscreen.scale;

import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * {@code shipscreen.scale.mode=remote}: the manager's partition requests go to a durable RabbitMQ
 * queue, and the {@code worker} command consumes them, one partition at a time per consumer. A
 * request is acknowledged only once its partition has ended, so a worker that dies mid-partition
 * leaves it in the queue for another worker, which resumes it from its last committed chunk.
 * Requests travel as plain text ({@code stepExecutionId stepName}), not as serialised Java objects.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "shipscreen.scale.mode", havingValue = "remote")
class RemotePartitioning {

	/** The inbound adapter's bean name: the worker command starts it. */
	static final String INBOUND = "partitionRequestsInbound";

	@Bean
	Queue partitionQueue(ScaleProperties properties) {
		return new Queue(properties.queue(), true);
	}

	// ---- manager: requests out ----

	@Bean
	DirectChannel partitionRequestChannel() {
		return new DirectChannel();
	}

	@Bean
	MessagingTemplate partitionRequests(@Qualifier("partitionRequestChannel") DirectChannel partitionRequestChannel) {
		return new MessagingTemplate(partitionRequestChannel);
	}

	@Bean
	IntegrationFlow partitionRequestsOut(@Qualifier("partitionRequestChannel") DirectChannel partitionRequestChannel,
			AmqpTemplate amqpTemplate, ScaleProperties properties) {
		return IntegrationFlow.from(partitionRequestChannel)
			.transform(StepExecutionRequest.class, RemotePartitioning::encode)
			.handle(Amqp.outboundAdapter(amqpTemplate).routingKey(properties.queue()))
			.get();
	}

	// ---- worker: requests in (started by the worker command only) ----

	@Bean
	SimpleMessageListenerContainer partitionListener(ConnectionFactory connectionFactory, ScaleProperties properties) {
		SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
		container.setQueueNames(properties.queue());
		container.setAutoStartup(false);
		// one request at a time per consumer: the others stay in the queue for the other workers
		container.setPrefetchCount(1);
		container.setConcurrentConsumers(properties.workerConcurrency());
		container.setDefaultRequeueRejected(true);
		container.setShutdownTimeout(properties.workerStopTimeout().toMillis());
		return container;
	}

	@Bean
	IntegrationFlow partitionRequestsIn(SimpleMessageListenerContainer partitionListener, PartitionWorker worker) {
		// not started with the context: only the worker command consumes (a manager must not)
		return IntegrationFlow.from(Amqp.inboundAdapter(partitionListener).id(INBOUND).autoStartup(false))
			.transform(String.class, RemotePartitioning::decode)
			.handle(StepExecutionRequest.class, (request, headers) -> {
				worker.screen(request);
				return null;
			})
			.get();
	}

	static String encode(StepExecutionRequest request) {
		return request.getStepExecutionId() + " " + request.getStepName();
	}

	static StepExecutionRequest decode(String text) {
		int space = text.indexOf(' ');
		if (space <= 0) {
			throw new IllegalArgumentException("not a partition request: '" + text + "'");
		}
		return new StepExecutionRequest(text.substring(space + 1).strip(), Long.parseLong(text.substring(0, space)));
	}

}
