package io.shipscreen.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * The real jar ({@code target/shipscreen.jar}, built by {@code mvn package} before the
 * integration-test phase) started as a separate process from the project root, its output in a
 * log file.
 */
final class JarProcess {

	private final Process process;

	private final Path log;

	private JarProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	static Path jar() {
		Path jar = Path.of("target", "shipscreen.jar").toAbsolutePath();
		if (!Files.isRegularFile(jar)) {
			fail(jar + " is missing: build it first (mvn -DskipTests package, or run this test with mvn verify)");
		}
		return jar;
	}

	static JarProcess start(Path log, List<String> args) throws IOException {
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx768m", "-XX:TieredStopAtLevel=1",
				"-jar", jar().toString()));
		command.addAll(args);
		Files.createDirectories(log.toAbsolutePath().getParent());
		Process process = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
			.redirectErrorStream(false)
			.redirectOutput(log.toFile())
			.redirectError(log.resolveSibling(log.getFileName() + ".err").toFile())
			.start();
		return new JarProcess(process, log);
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	long pid() {
		return this.process.pid();
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/** SIGKILL: no hook runs, the execution is left STARTED. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(60, TimeUnit.SECONDS);
	}

	/** SIGTERM, as systemd or Kubernetes sends it. */
	void terminate() {
		this.process.destroy();
	}

	int waitFor(long minutes) throws InterruptedException {
		if (!this.process.waitFor(minutes, TimeUnit.MINUTES)) {
			this.process.destroyForcibly();
			fail("shipscreen did not end within " + minutes + " minutes; see " + this.log);
		}
		return this.process.exitValue();
	}

	String stderr() throws IOException {
		return Files.readString(this.log.resolveSibling(this.log.getFileName() + ".err"));
	}

	String stdout() throws IOException {
		return Files.readString(this.log);
	}

}
