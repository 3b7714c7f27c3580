package dev.looplab.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Golden scenarios: each folder under {@code src/test/resources/scenarios} holds a
 * program and the events it must produce ({@code expected.txt}); every one runs through
 * the real compiler and a real sandbox JVM.
 */
class SandboxScenarioTests {

	private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

	private static ChildJvmPool pool;

	private static IsolatedCompiler compiler;

	private static Sandbox sandbox;

	@BeforeAll
	static void startSandbox() throws IOException {
		SandboxProperties limits = new SandboxProperties(Duration.ofSeconds(3), 64, 64 * 1024, Duration.ofSeconds(20),
				2, null);
		pool = new ChildJvmPool(limits);
		pool.start();
		compiler = new IsolatedCompiler(limits);
		compiler.start();
		sandbox = new Sandbox(compiler, pool, new RunSupervisor(limits), limits);
	}

	@AfterAll
	static void stopSandbox() {
		pool.stop();
		compiler.stop();
	}

	@TestFactory
	Stream<DynamicTest> scenarios() throws IOException {
		return Files.list(SCENARIOS)
			.sorted()
			.map((folder) -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder)));
	}

	@Test
	void thePoolIsFullAgainAfterRuns() {
		for (int i = 0; i < 3; i++) {
			assertThat(sandbox.run("void main() { IO.println(\"again\"); }", (event) -> {
			}).verdict()).isEqualTo(Verdict.OK);
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> pool.readyCount() == 2);
	}

	private static void check(Path folder) throws IOException {
		String source = Files.readString(folder.resolve("Main.java"), StandardCharsets.UTF_8);
		ScenarioExpectation expected = ScenarioExpectation.parse(folder.resolve("expected.txt"));
		List<SandboxEvent> events = new ArrayList<>();
		SandboxEvent.Finished finished = sandbox.run(source, expected.schedule(), events::add);
		expected.assertMatches(events, finished);
		assertThat(events.getLast()).isEqualTo(finished);
		for (int again = 1; again < expected.runs(); again++) {
			List<SandboxEvent> repeated = new ArrayList<>();
			sandbox.run(source, expected.schedule(), repeated::add);
			assertThat(ScenarioExpectation.replayable(repeated)).as("run %d again", again + 1)
				.isEqualTo(ScenarioExpectation.replayable(events));
		}
	}

}
