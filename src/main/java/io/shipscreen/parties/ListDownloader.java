package io.shipscreen.parties;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Locale;

/**
 * Fetches one list download into a file: an {@code http(s)://} address with the JDK's
 * {@link HttpClient} (redirects followed, the body streamed to disk), or a local file copied.
 * Every failure is a {@link DownloadException} with one line an operator can act on.
 */
final class ListDownloader {

	/** A download that did not arrive whole. */
	static final class DownloadException extends RuntimeException {

		DownloadException(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/** What arrived: the file, and the server's content type (null for a local file). */
	record Download(Path file, String contentType) {
	}

	private final Duration timeout;

	private final HttpClient client;

	ListDownloader(Duration timeout) {
		this.timeout = timeout;
		this.client = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	static boolean isUrl(String location) {
		String lower = location.toLowerCase(Locale.ROOT);
		return lower.startsWith("http://") || lower.startsWith("https://");
	}

	Download fetch(String location, Path target) {
		if (!isUrl(location)) {
			return copy(location, target);
		}
		URI uri;
		try {
			uri = URI.create(location);
		}
		catch (IllegalArgumentException ex) {
			throw new DownloadException(location + ": not a valid URL (" + ex.getMessage() + ")", ex);
		}
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(this.timeout)
			.header("User-Agent", "shipscreen list refresh")
			.GET()
			.build();
		// the request timeout covers the headers only: the whole transfer is bounded here, so that a
		// server that stalls mid-body cannot hang the refresh (or the night that refreshes first)
		CompletableFuture<HttpResponse<Path>> sent = this.client.sendAsync(request,
				HttpResponse.BodyHandlers.ofFile(target));
		try {
			HttpResponse<Path> response;
			try {
				response = sent.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException ex) {
				sent.cancel(true);
				throw new HttpTimeoutException("transfer not complete");
			}
			catch (ExecutionException ex) {
				throw (ex.getCause() instanceof IOException io) ? io : new IOException(ex.getCause());
			}
			if (response.statusCode() != 200) {
				throw new DownloadException(location + ": HTTP " + response.statusCode() + " (expected 200)", null);
			}
			return new Download(target, response.headers().firstValue("Content-Type").orElse(null));
		}
		catch (HttpConnectTimeoutException ex) {
			throw new DownloadException(location + ": no connection within " + seconds() + " (shipscreen.parties.timeout)",
					ex);
		}
		catch (HttpTimeoutException ex) {
			throw new DownloadException(location + ": timed out after " + seconds() + " (shipscreen.parties.timeout)",
					ex);
		}
		catch (IOException ex) {
			// a connection cut before Content-Length was reached lands here: the file is incomplete
			throw new DownloadException(location + ": download failed (" + reason(ex) + ")", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DownloadException(location + ": download interrupted", ex);
		}
	}

	private Download copy(String location, Path target) {
		Path source = Path.of(location.startsWith("file:") ? URI.create(location).getPath() : location);
		if (!Files.isRegularFile(source)) {
			throw new DownloadException(location + ": no such file", null);
		}
		try {
			Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
			return new Download(target, null);
		}
		catch (IOException ex) {
			throw new DownloadException(location + ": cannot read (" + reason(ex) + ")", ex);
		}
	}

	private String seconds() {
		return (this.timeout.toMillis() < 1000) ? this.timeout.toMillis() + " ms" : this.timeout.toSeconds() + " s";
	}

	private static String reason(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		return message.replaceAll("\\s*\\R\\s*", " ").trim();
	}

}
