package dev.looplab.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runner jar and its AOT cache: a stable, world-readable place per jar and settings,
 * and a cache the JVM really accepts.
 */
class AotRunnerCacheTests {

	private Path directory;

	@BeforeEach
	void makeDirectory() throws IOException {
		this.directory = Files.createTempDirectory("aot-cache-test");
	}

	@AfterEach
	void removeDirectory() throws IOException {
		try (Stream<Path> files = Files.walk(this.directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	@Test
	void theJarGetsAStablePlaceThatEveryUserMayRead() throws IOException {
		AotRunnerCache first = AotRunnerCache.prepare(properties(64));
		AotRunnerCache again = AotRunnerCache.prepare(properties(64));

		assertThat(again.jar()).isEqualTo(first.jar()).isRegularFile();
		assertThat(first.jar().getParent().getFileName().toString()).matches("[0-9a-f]{16}-[0-9a-f]{8}");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.jar()))).isEqualTo("rw-r--r--");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.jar().getParent())))
			.isEqualTo("rwxr-xr-x");
	}

	@Test
	void otherJvmFlagsGetACacheOfTheirOwn() throws IOException {
		assertThat(AotRunnerCache.prepare(properties(128)).jar())
			.isNotEqualTo(AotRunnerCache.prepare(properties(64)).jar());
		assertThat(AotRunnerCache.prepare(properties(128)).cache()).as("a cache for 128 MiB heaps, before training")
			.isNull();
	}

	@Test
	void theCacheTheBuildTrainedFitsTheDefaultSettings() throws Exception {
		SandboxProperties properties = properties(64);
		AotRunnerCache runner = AotRunnerCache.prepare(properties);

		assertThat(runner.cache()).as("the cache bundled by the Maven build").isRegularFile();
		assertRunsStrictlyWithCache(properties, runner);
	}

	@Test
	void aTrainedCacheIsOneTheJvmAccepts() throws Exception {
		SandboxProperties properties = properties(96);
		AotRunnerCache runner = AotRunnerCache.prepare(properties);
		CountDownLatch trained = new CountDownLatch(1);
		runner.trainInBackground(ChildCommand.of(properties, runner.jar()), trained::countDown);

		assertThat(trained.await(3, TimeUnit.MINUTES)).as("training finished").isTrue();
		assertThat(runner.cache()).isRegularFile();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(runner.cache()))).isEqualTo("rw-r--r--");
		try (Stream<Path> files = Files.list(runner.cache().getParent())) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.containsExactlyInAnyOrder("looplab-runner.jar", "runner.aot");
		}
		assertRunsStrictlyWithCache(properties, runner);
	}

	private static void assertRunsStrictlyWithCache(SandboxProperties properties, AotRunnerCache runner)
			throws Exception {
		// AOTMode=on makes the JVM refuse to start, rather than warn, when a cache does
		// not fit.
		List<String> strict = new ArrayList<>(ChildCommand.of(properties, runner.jar(), runner.cache()));
		strict.add(1, "-XX:AOTMode=on");
		try (IsolationRunHarness harness = new IsolationRunHarness(properties)) {
			ChildJvm child = ChildJvm.start(harness.isolation, strict);
			IsolationRunHarness.Outcome outcome = harness.run(child,
					"public class Main { public static void main(String[] a) { System.out.println(\"cached\"); } }");
			assertThat(outcome.verdict()).as(outcome.finished().message()).isEqualTo(Verdict.OK);
			assertThat(outcome.output()).contains("cached");
		}
	}

	private SandboxProperties properties(int heapMegabytes) {
		IsolationProperties defaults = IsolationProperties.defaults();
		return new SandboxProperties(Duration.ofSeconds(10), heapMegabytes, 64 * 1024, Duration.ofSeconds(10), 1, null,
				"none",
				new IsolationProperties(defaults.enabled(), defaults.memoryMegabytes(), defaults.maxProcesses(),
						defaults.cpus(), defaults.tmpMegabytes(), defaults.openFiles(), defaults.firstUid() + 200,
						defaults.maxSlots(), true, this.directory.toString()));
	}

}
