package dev.looplab.sandbox;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.looplab.runner.Protocol;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CPU budget end to end in a real runner JVM: instrumented programs that compute
 * without end are stopped about when their budget runs out, whatever they catch, and the
 * runner says where they were.
 */
class InstrumentedBudgetTests {

	private static final long LIMIT_MILLIS = 400;

	@Test
	void aLoopThatSwallowsEveryThrowableEndsWithTheBudget() throws Exception {
		Ended ended = runInRunner("""
				public class Main {
					public static void main(String[] args) {
						System.out.println("spinning");
						long n = 0;
						while (true) {
							try {
								n++;
								if (n % 1000 == 0) {
									throw new IllegalStateException("caught and ignored");
								}
							}
							catch (Throwable ignored) {
							}
						}
					}
				}
				""");
		assertThat(ended.exit().ending()).isEqualTo(Protocol.Ending.CPU_BUDGET);
		assertThat(ended.exit().detail()).matches("line (7|8) \\(Main\\.main\\), thread \"main\"");
		assertThat(ended.exitCode()).isEqualTo(124);
		assertThat(ended.stdout()).containsExactly("spinning");
	}

	@Test
	void aTaskSpinningOnAPoolThreadIsNamedWithItsThread() throws Exception {
		Ended ended = runInRunner("""
				import java.util.concurrent.*;
				public class Main {
					public static void main(String[] args) throws Exception {
						ExecutorService pool = Executors.newFixedThreadPool(1);
						Future<?> spin = pool.submit(() -> {
							while (true) {
								Thread.onSpinWait();
							}
						});
						spin.get();
					}
				}
				""");
		assertThat(ended.exit().ending()).isEqualTo(Protocol.Ending.CPU_BUDGET);
		assertThat(ended.exit().detail()).isEqualTo("line 7 (a lambda in Main.main), thread \"pool-1-thread-1\"");
	}

	@Test
	void workInsideTheLibraryThatNeverTicksIsEndedByTheWatchdog() throws Exception {
		Ended ended = runInRunner("""
				public class Main {
					public static void main(String[] args) {
						System.out.println(java.util.stream.LongStream.range(0, Long.MAX_VALUE).sum());
					}
				}
				""");
		assertThat(ended.exit().ending()).isEqualTo(Protocol.Ending.CPU_BUDGET);
		assertThat(ended.exit().detail()).isEqualTo("line 3 (Main.main), thread \"main\"");
	}

	@Test
	void aStaticInitializerThatNeverFinishesEndsWithTheBudget() throws Exception {
		Ended ended = runInRunner("""
				public class Main {
					static long total;
					static {
						for (long i = 0; i >= 0; i++) {
							total += i % 7;
						}
					}
					public static void main(String[] args) {
						System.out.println(total);
					}
				}
				""");
		assertThat(ended.exit().ending()).isEqualTo(Protocol.Ending.CPU_BUDGET);
		assertThat(ended.exit().detail()).startsWith("line 4 (the static initializer of Main)");
	}

	@Test
	void aRecursionThatStartsAgainInFinallyEndsWithTheBudgetAndIsNamedAsOne() throws Exception {
		Ended ended = runInRunner("""
				public class Main {
					public static void main(String[] args) {
						System.out.println("recursing");
						walk();
					}
					static void walk() {
						try {
							walk();
						}
						finally {
							walk();
						}
					}
				}
				""");
		// The stack is all but full whenever the budget runs out: the report must still
		// get out, and say what kept the program busy.
		assertThat(ended.exit()).isNotNull();
		assertThat(ended.exit().ending()).isEqualTo(Protocol.Ending.CPU_BUDGET_IN_RECURSION);
		assertThat(ended.exit().detail())
			.matches("line \\d+ \\(Main\\.walk\\), thread \"main\", at least 1,000 calls deep");
		assertThat(ended.exitCode()).isEqualTo(124);
		assertThat(ended.stdout()).containsExactly("recursing");
	}

	@Test
	void aBusyWaitOnTheVirtualClockEndsWithTheBudget() throws Exception {
		// Chapter 5 tells learners what they see: on the virtual clock computing takes no
		// time, so nanoTime never reaches the end and the budget stops the wait.
		Ended ended = runInRunner("""
				import dev.looplab.aio.Aio;
				public class Main {
					public static void main(String[] args) {
						Aio.run(() -> {
							long end = System.nanoTime() + 1_000_000_000L;
							System.out.println("waiting for a second");
							while (System.nanoTime() < end) {
							}
							System.out.println("a second has passed");
						});
					}
				}
				""", true);
		assertThat(ended.exit().ending()).isEqualTo(Protocol.Ending.CPU_BUDGET);
		assertThat(ended.exit().detail()).isEqualTo("line 7 (a lambda in Main.main), thread \"main\"");
		assertThat(ended.stdout()).containsExactly("waiting for a second");
	}

	private static Ended runInRunner(String source) throws Exception {
		return runInRunner(source, false);
	}

	/**
	 * Compiles, checks and instruments the source, then runs it in a fresh runner JVM, on
	 * the virtual clock if asked.
	 */
	private static Ended runInRunner(String source, boolean virtualClock) throws Exception {
		BytecodeSubmission submission = BytecodeTestCompiler.submission(source);
		assertThat(BytecodeCheck.check(submission)).isEmpty();
		Protocol.Job job = new Protocol.Job("Main", Instrumenter.instrument(submission), LIMIT_MILLIS, virtualClock,
				Protocol.Job.NO_SEED);
		Process process = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-Xmx64m",
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED",
				"-cp", System.getProperty("java.class.path"), "dev.looplab.runner.RunnerMain")
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			DataInputStream frames = new DataInputStream(new BufferedInputStream(process.getInputStream()));
			assertThat(Frame.read(frames).type()).isEqualTo(Protocol.READY);
			DataOutputStream jobs = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
			long sent = System.nanoTime();
			job.writeTo(jobs);
			jobs.close();
			List<String> stdout = new ArrayList<>();
			RunEnding.Exit exit = null;
			for (Frame frame = Frame.read(frames); frame != null; frame = Frame.read(frames)) {
				if (frame.type() == Protocol.STDOUT) {
					stdout.add(new String(frame.payload(), 8, frame.payload().length - 8, StandardCharsets.UTF_8));
				}
				if (frame.type() == Protocol.EXIT) {
					exit = RunEnding.Exit.parse(frame.payload());
				}
			}
			assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
			// The budget counts CPU time, which a busy single thread spends about as fast
			// as
			// real time: the run must not go on for long past the limit.
			assertThat(millis).isLessThan(LIMIT_MILLIS + 3_000);
			return new Ended(exit, process.exitValue(), stdout);
		}
		finally {
			process.destroyForcibly();
		}
	}

	private record Ended(RunEnding.Exit exit, int exitCode, List<String> stdout) {
	}

}
