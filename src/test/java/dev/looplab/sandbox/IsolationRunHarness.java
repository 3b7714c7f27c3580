package dev.looplab.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import dev.looplab.runner.Protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs test programs in isolated sandbox JVMs the way the server does (pool command line,
 * supervisor, verdict rules) but without the compiler service or the bytecode check in
 * front, so that what is tested is the operating system's fence alone.
 */
final class IsolationRunHarness implements AutoCloseable {

	final SandboxProperties properties;

	final Isolation isolation;

	private final List<String> command;

	IsolationRunHarness(SandboxProperties properties) throws IOException {
		this.properties = properties;
		this.isolation = new Isolation(properties);
		this.command = ChildCommand.of(properties, AotRunnerCache.prepare(properties).jar());
	}

	/** Limits for tests: a short wall limit and the given isolation settings. */
	static SandboxProperties properties(int heapMegabytes, IsolationProperties isolation) {
		return new SandboxProperties(Duration.ofSeconds(10), heapMegabytes, 64 * 1024, Duration.ofSeconds(20), 1, null,
				"none", isolation);
	}

	/**
	 * Skips the test when the host lacks a part of the isolation, except on CI, whose
	 * machines have all of it, where the test fails instead.
	 */
	static void requirePart(IsolationSupport support, String part, boolean present) {
		String why = "the host lacks " + part + ": " + support.describeMissing();
		if ("true".equals(System.getenv("CI"))) {
			assertThat(present).as(why).isTrue();
		}
		assumeTrue(present, why);
	}

	/** Starts a sandbox JVM and waits until it is ready for its job. */
	ChildJvm start() throws IOException {
		return ChildJvm.start(this.isolation, this.command);
	}

	Outcome run(String source) throws IOException {
		return run(start(), source);
	}

	Outcome run(ChildJvm child, String source) throws IOException {
		long start = System.nanoTime();
		List<SandboxEvent> events = new ArrayList<>();
		RunSupervisor supervisor = new RunSupervisor(this.properties);
		RunEnding end = supervisor.supervise(child, compile(source), events::add);
		supervisor.release(child);
		SandboxEvent.Finished finished = VerdictRules.decide(end, this.properties,
				(System.nanoTime() - start) / 1_000_000);
		StringBuilder output = new StringBuilder();
		events.stream()
			.filter(SandboxEvent.Output.class::isInstance)
			.forEach((event) -> output.append(((SandboxEvent.Output) event).text()).append('\n'));
		return new Outcome(finished, output.toString(), child);
	}

	/** Compiles a single-file program with the test JVM's javac. */
	static Protocol.Job compile(String source) throws IOException {
		Path folder = Files.createTempDirectory("isolation-test");
		try {
			Path file = Files.writeString(folder.resolve("Main.java"), source);
			int status = ToolProvider.getSystemJavaCompiler()
				.run(null, null, null, "-proc:none", "-d", folder.toString(), file.toString());
			assertThat(status).as("javac status").isZero();
			Map<String, byte[]> classes = new LinkedHashMap<>();
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path classFile : files.filter((f) -> f.toString().endsWith(".class")).toList()) {
					String name = folder.relativize(classFile).toString().replace('/', '.');
					classes.put(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(classFile));
				}
			}
			return new Protocol.Job("Main", classes);
		}
		finally {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}
	}

	@Override
	public void close() {
		this.isolation.close();
	}

	/** How a test program ended, what it printed, and the JVM it ran in. */
	record Outcome(SandboxEvent.Finished finished, String output, ChildJvm child) {

		Verdict verdict() {
			return this.finished.verdict();
		}

	}

}
