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
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden grading scenarios: each folder under
 * {@code src/test/resources/grading-scenarios} holds a learner's source, an exercise's
 * tests and what grading them must give ({@code expected.txt}, see the README there);
 * every one is graded through the real compiler and a real sandbox JVM.
 */
class GradingScenarioTests {

	private static final Path SCENARIOS = Path.of("src/test/resources/grading-scenarios");

	private static ChildJvmPool pool;

	private static IsolatedCompiler compiler;

	private static Sandbox sandbox;

	@BeforeAll
	static void startSandbox() throws IOException {
		SandboxProperties limits = new SandboxProperties(Duration.ofSeconds(10), 64, 16 * 1024, Duration.ofSeconds(20),
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
			.filter(Files::isDirectory)
			.sorted()
			.map((folder) -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder)));
	}

	private static void check(Path folder) throws IOException {
		GradingExpectation expected = GradingExpectation.parse(folder.resolve("expected.txt"));
		GradeJob job = expected.job(learnerSource(folder), tests(folder));
		List<SandboxEvent> events = new ArrayList<>();
		SandboxEvent.Finished finished = sandbox.grade(job, events::add);
		assertThat(events.getLast()).isEqualTo(finished);
		expected.assertMatches(events, finished);
		if (expected.twice()) {
			List<SandboxEvent> again = new ArrayList<>();
			sandbox.grade(job, again::add);
			assertThat(GradingExpectation.results(again)).as("the results of grading the same source again")
				.isEqualTo(GradingExpectation.results(events));
		}
	}

	private static String learnerSource(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> sources = files.filter((file) -> file.toString().endsWith(".java")).toList();
			assertThat(sources).as("the learner's source in " + folder).hasSize(1);
			return Files.readString(sources.getFirst(), StandardCharsets.UTF_8);
		}
	}

	private static List<SourceFile> tests(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder.resolve("tests"))) {
			List<SourceFile> tests = new ArrayList<>();
			for (Path file : files.sorted().toList()) {
				tests
					.add(new SourceFile(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
			}
			return tests;
		}
	}

}
