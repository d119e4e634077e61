package io.shipscreen.support;

import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

import static org.assertj.core.api.Assertions.fail;

/**
 * The local RabbitMQ (127.0.0.1:5672, guest/guest) for the scale-out tests. Each test gets a queue
 * of its own, deleted afterwards. When the broker is down the tests are skipped on a developer's
 * machine, but fail in CI ({@code SHIPSCREEN_REQUIRE_MYSQL=true} requires every service).
 */
public final class RabbitMq implements AutoCloseable {

	public static final String HOST = System.getenv().getOrDefault("SHIPSCREEN_RABBITMQ_HOST", "127.0.0.1");

	public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("SHIPSCREEN_RABBITMQ_PORT", "5672"));

	private final CachingConnectionFactory connectionFactory;

	private final String queue;

	private RabbitMq(CachingConnectionFactory connectionFactory, String queue) {
		this.connectionFactory = connectionFactory;
		this.queue = queue;
	}

	/** A fresh queue name on a broker that answers, or a skipped/failed test. */
	public static RabbitMq freshQueue(String prefix) {
		CachingConnectionFactory connectionFactory = new CachingConnectionFactory(HOST, PORT);
		try {
			connectionFactory.createConnection().close();
		}
		catch (RuntimeException ex) {
			connectionFactory.destroy();
			String reason = "RabbitMQ at " + HOST + ":" + PORT + " is unreachable: " + ex.getMessage();
			if (Boolean.parseBoolean(System.getenv("SHIPSCREEN_REQUIRE_MYSQL"))) {
				fail(reason + " (CI requires it: start it with 'rabbitmq-server -detached')");
			}
			Assumptions.abort(reason);
		}
		return new RabbitMq(connectionFactory, prefix + "." + UUID.randomUUID().toString().substring(0, 8));
	}

	public String queue() {
		return this.queue;
	}

	@Override
	public void close() {
		new RabbitAdmin(this.connectionFactory).deleteQueue(this.queue);
		this.connectionFactory.destroy();
	}

}
