package io.shipscreen.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A list publisher on 127.0.0.1 (an ephemeral port) for the refresh tests: each path answers as
 * configured, including the ways a real download goes wrong (an error status, an HTML page, a
 * body cut short of its Content-Length, a server that never answers).
 */
public final class ListServer implements AutoCloseable {

	/** How one path answers. */
	public record Answer(int status, String contentType, byte[] body, int sendBytes, long delayMillis) {

		public static Answer ok(String body) {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			return new Answer(200, "text/csv", bytes, bytes.length, 0);
		}

		public static Answer status(int status, String body) {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			return new Answer(status, "text/plain", bytes, bytes.length, 0);
		}

		public static Answer html(String body) {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			return new Answer(200, "text/html; charset=utf-8", bytes, bytes.length, 0);
		}

		public static Answer slow(String body, long delayMillis) {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			return new Answer(200, "text/csv", bytes, bytes.length, delayMillis);
		}

	}

	private final HttpServer server;

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	public ListServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	public ListServer answer(String path, Answer answer) {
		this.answers.put(path, answer);
		return this;
	}

	/**
	 * A URL whose server promises {@code body} whole in its Content-Length, sends the first
	 * {@code sendBytes} and drops the connection (a transfer cut mid-way). One request.
	 */
	public static String cutShort(String body, int sendBytes) throws IOException {
		java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress());
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		Thread thread = new Thread(() -> {
			try (socket; java.net.Socket connection = socket.accept()) {
				java.io.InputStream in = connection.getInputStream();
				int matched = 0;
				while (matched < 4) {
					int b = in.read();
					if (b < 0) {
						return;
					}
					matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : ((b == '\r') ? 1 : 0);
				}
				OutputStream out = connection.getOutputStream();
				out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: " + bytes.length
						+ "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				out.write(bytes, 0, sendBytes);
				out.flush();
			}
			catch (IOException ex) {
				// the test sees what the client saw
			}
		}, "list-server-cut-short");
		thread.setDaemon(true);
		thread.start();
		return "http://127.0.0.1:" + socket.getLocalPort() + "/sdn.csv";
	}

	public String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	private void handle(HttpExchange exchange) throws IOException {
		Answer answer = this.answers.get(exchange.getRequestURI().getPath());
		try {
			if (answer == null) {
				answer = Answer.status(404, "not found");
			}
			if (answer.delayMillis() > 0) {
				Thread.sleep(answer.delayMillis());
			}
			exchange.getResponseHeaders().add("Content-Type", answer.contentType());
			exchange.sendResponseHeaders(answer.status(), (answer.body().length == 0) ? -1 : answer.body().length);
			if (answer.body().length > 0) {
				OutputStream out = exchange.getResponseBody();
				out.write(answer.body(), 0, answer.sendBytes());
				out.flush();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			exchange.close();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
