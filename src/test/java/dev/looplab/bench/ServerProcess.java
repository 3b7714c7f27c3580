package dev.looplab.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server started as its own process on a free port, with its data in the
 * given folder and rate limits lifted so that the measuring client is never turned away.
 * Closing it stops the server the way an operator would (SIGTERM, graceful shutdown);
 * {@link #kill()} stops it the way a crash would.
 */
final class ServerProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private ServerProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static ServerProcess start(Path jar, Path data, String... extraArguments) throws IOException, InterruptedException {
		Path javaHome = Path.of(System.getProperty("java.home"));
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(javaHome.resolve("bin/java").toString(), "-jar", jar.toString(),
				"--server.port=" + port, "--looplab.runs.rate-limit.capacity=1000000",
				"--looplab.runs.rate-limit.refill-per-minute=1000000",
				// The load registers its learners from one address.
				"--looplab.accounts.registration-limit.per-address=1000000"));
		command.addAll(List.of(extraArguments));
		ProcessBuilder launch = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("server.log").toFile()));
		launch.environment().put("LOOPLAB_DATA_DIR", data.toString());
		ServerProcess server = new ServerProcess(launch.start(), port);
		server.awaitHealthy(data);
		return server;
	}

	int port() {
		return this.port;
	}

	long pid() {
		return this.process.pid();
	}

	/**
	 * Waits for health UP; a busy machine may need minutes to start a Spring Boot app.
	 */
	private void awaitHealthy(Path data) throws InterruptedException {
		LooplabClient client = new LooplabClient(this.port);
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
		while (!client.healthy()) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The server exited during start-up; see " + data.resolve("server.log"));
			}
			if (System.nanoTime() > deadline) {
				this.process.destroyForcibly();
				throw new IllegalStateException(
						"The server was not healthy after 5 minutes; see " + data.resolve("server.log"));
			}
			Thread.sleep(100);
		}
	}

	/**
	 * Ends the server at once with SIGKILL, as the OOM killer or {@code kill -9} would:
	 * no shutdown hook, no graceful close of the database. Its sandbox JVMs follow.
	 */
	void kill() throws InterruptedException {
		List<ProcessHandle> children = this.process.descendants().toList();
		this.process.destroyForcibly();
		this.process.waitFor();
		children.forEach(ProcessHandle::destroyForcibly);
	}

	@Override
	public void close() throws InterruptedException {
		List<ProcessHandle> children = this.process.descendants().toList();
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
		children.forEach(ProcessHandle::destroyForcibly);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
