package dev.looplab.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A signed-in learner's next run may take the JVM of their last one (ADR 20): these runs
 * go through the real compiler and real sandbox JVMs and check that a kept JVM is used
 * only by its own learner, gives exactly what a fresh one gives, and carries nothing of
 * one run into the next.
 */
class KeptJvmsTests {

	private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

	private static final Sandbox.Schedule VIRTUAL = new Sandbox.Schedule(true, null);

	private static ChildJvmPool pool;

	private static IsolatedCompiler compiler;

	private static KeptJvms kept;

	private static Sandbox sandbox;

	@BeforeAll
	static void startSandbox() throws IOException {
		SandboxProperties limits = new SandboxProperties(Duration.ofSeconds(3), 64, 64 * 1024, Duration.ofSeconds(20),
				1, null);
		pool = new ChildJvmPool(limits);
		pool.start();
		compiler = new IsolatedCompiler(limits);
		compiler.start();
		kept = new KeptJvms(new ReuseProperties(3, Duration.ofSeconds(30), 4), limits);
		sandbox = new Sandbox(compiler, pool, new RunSupervisor(limits), limits, new SandboxAdmission(), kept);
	}

	@AfterAll
	static void stopSandbox() {
		kept.stop();
		pool.stop();
		compiler.stop();
	}

	@Test
	void theNextRunOfTheSameLearnerTakesTheKeptJvmAndSeesNothingOfTheLastOne() {
		String counter = """
				import java.util.*;

				public class Main {
					static int runs;
					static List<String> seen = new ArrayList<>();

					public static void main(String[] args) {
						runs++;
						seen.add("run");
						System.out.println("runs " + runs + ", seen " + seen);
					}
				}
				""";
		String learner = "user:counter";
		List<String> first = run(learner, counter);
		awaitKept(learner);
		long reusedBefore = kept.reusedRuns();
		List<String> second = run(learner, counter);
		assertThat(kept.reusedRuns()).isEqualTo(reusedBefore + 1);
		assertThat(first).contains("STDOUT runs 1, seen [run]");
		assertThat(second).isEqualTo(first);
	}

	@Test
	void aKeptJvmServesNoOtherLearnerAndNoAnonymousVisitor() {
		String hello = "void main() { IO.println(\"hello\"); }";
		run("user:owner", hello);
		awaitKept("user:owner");
		long reusedBefore = kept.reusedRuns();
		run("user:someone-else", hello);
		run("addr:127.0.0.1", hello);
		assertThat(kept.reusedRuns()).isEqualTo(reusedBefore);
		assertThat(kept.take("user:owner")).as("still kept for its learner").isNotNull().satisfies(ChildJvm::kill);
		assertThat(kept.take("addr:127.0.0.1")).as("never kept for an address").isNull();
	}

	@Test
	void defaultsThatARunChangesAreBackForTheNextRun() {
		String learner = "user:locale";
		List<String> changed = run(learner, """
				import java.util.*;

				public class Main {
					public static void main(String[] args) {
						Locale.setDefault(Locale.GERMANY);
						TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
						System.out.println(String.format("%.1f", 1.5) + " " + TimeZone.getDefault().getID());
					}
				}
				""");
		assertThat(changed).contains("STDOUT 1,5 Asia/Tokyo");
		awaitKept(learner);
		long reusedBefore = kept.reusedRuns();
		List<String> next = run(learner, """
				import java.util.*;

				public class Main {
					public static void main(String[] args) {
						System.out.println(String.format("%.1f", 1.5) + " " + Locale.getDefault().equals(Locale.GERMANY)
								+ " " + TimeZone.getDefault().getID().equals("Asia/Tokyo"));
					}
				}
				""");
		assertThat(kept.reusedRuns()).isEqualTo(reusedBefore + 1);
		assertThat(next).contains("STDOUT 1.5 false false");
	}

	@Test
	void aProgramThatStartsThreadsOrFailsGetsAJvmOfItsOwn() {
		String learner = "user:threads";
		run(learner, """
				public class Main {
					public static void main(String[] args) throws Exception {
						Thread worker = new Thread(() -> System.out.println("worker"));
						worker.start();
						worker.join();
					}
				}
				""");
		run(learner, "void main() { while (true) { } }");
		run(learner, "void main() { IO.println(new int[100_000_000].length); }");
		assertThat(kept.take(learner)).isNull();
	}

	@Test
	void aJvmTakesAtMostItsShareOfRuns() {
		String learner = "user:many";
		String hello = "void main() { IO.println(\"again\"); }";
		long reusedBefore = kept.reusedRuns();
		for (int i = 0; i < 4; i++) {
			run(learner, hello);
			if (i < 2) {
				awaitKept(learner);
			}
		}
		// Runs 2 and 3 in the first JVM (3 runs each), run 4 in a fresh one.
		assertThat(kept.reusedRuns()).isEqualTo(reusedBefore + 2);
	}

	/**
	 * Every golden scenario whose program may share a JVM gives, in a kept JVM, exactly
	 * the events it gave in a fresh one.
	 */
	@TestFactory
	Stream<DynamicTest> everyScenarioGivesTheSameEventsInAKeptJvm() throws IOException {
		List<Path> reusable = Files.list(SCENARIOS).sorted().filter(KeptJvmsTests::reusable).toList();
		assertThat(reusable).as("scenarios whose JVM may be kept").hasSizeGreaterThanOrEqualTo(5);
		return reusable.stream()
			.map((folder) -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> sameInKeptJvm(folder)));
	}

	private static void sameInKeptJvm(Path folder) throws IOException {
		String source = Files.readString(folder.resolve("Main.java"), StandardCharsets.UTF_8);
		Sandbox.Schedule schedule = ScenarioExpectation.parse(folder.resolve("expected.txt")).schedule();
		String learner = "user:scenario-" + folder.getFileName();
		List<SandboxEvent> fresh = new ArrayList<>();
		SandboxEvent.Finished first = sandbox.run(learner, source, schedule, fresh::add);
		if (first.verdict() != Verdict.OK && first.verdict() != Verdict.RUNTIME_ERROR) {
			return;
		}
		await("the JVM of " + folder.getFileName() + " kept").atMost(Duration.ofSeconds(10))
			.until(() -> kept.isKeptFor(learner));
		long reusedBefore = kept.reusedRuns();
		List<SandboxEvent> again = new ArrayList<>();
		sandbox.run(learner, source, schedule, again::add);
		assertThat(kept.reusedRuns()).isEqualTo(reusedBefore + 1);
		assertThat(ScenarioExpectation.replayable(again)).isEqualTo(ScenarioExpectation.replayable(fresh));
		ChildJvm left = kept.take(learner);
		if (left != null) {
			left.kill();
		}
	}

	private static boolean reusable(Path folder) {
		try {
			List<String> expected = Files.readAllLines(folder.resolve("expected.txt"));
			if (!expected.contains("verdict: OK") && !expected.contains("verdict: RUNTIME_ERROR")) {
				// Stopped by a limit: its JVM is never kept.
				return false;
			}
			String source = Files.readString(folder.resolve("Main.java"), StandardCharsets.UTF_8);
			Map<String, byte[]> classes = BytecodeTestCompiler.compile(source);
			return ReusableProgram.leavesNothingBehind(classes);
		}
		catch (AssertionError | RuntimeException | IOException ex) {
			// Does not compile: nothing runs, nothing to keep.
			return false;
		}
	}

	private static List<String> run(String learner, String source) {
		List<SandboxEvent> events = new ArrayList<>();
		sandbox.run(learner, source, VIRTUAL, events::add);
		return ScenarioExpectation.replayable(events);
	}

	/** Keeping is done in the background once the JVM has put itself back. */
	private static void awaitKept(String learner) {
		await().atMost(Duration.ofSeconds(10)).until(() -> kept.isKeptFor(learner));
	}

}
