package dev.looplab.testkit;

import java.util.HashMap;
import java.util.Map;

import dev.looplab.aio.Aio;
import dev.looplab.aio.AsyncRunnable;

/**
 * The learner's program, as the tests of a graded exercise run it. Each call that runs
 * code is a program run: the sandbox shows its output and timeline apart from the others,
 * and its times count from its own start.
 */
public final class Program {

	private static final String MAIN = "main()";

	private static ProgramHost host;

	private static int runs;

	private static boolean recording;

	/** The runs of main, by seed (null: the exercise's own order). */
	private static final Map<Long, ProgramRun> MAIN_RUNS = new HashMap<>();

	private Program() {
	}

	/**
	 * The learner's main method, run once under the exercise's clock and order; later
	 * calls in the same grading return the same record.
	 */
	public static synchronized ProgramRun run() {
		return main(null);
	}

	/**
	 * The learner's main method run with a random order of the event loop's ready tasks
	 * that this seed makes repeatable; later calls with the same seed return the same
	 * record.
	 * @param seed the seed of the order
	 */
	public static synchronized ProgramRun run(long seed) {
		return main(seed);
	}

	/**
	 * Runs the body as the main task of an event loop ({@code Aio.run(body)}) and records
	 * it: lets a test call the learner's async methods directly, for example
	 * {@code Program.record("the crawl", () -> Crawl.crawl(pages))}.
	 * @param title what the run is, in words a learner reads in messages ("the crawl")
	 * @param body the code to run
	 */
	public static synchronized ProgramRun record(String title, AsyncRunnable body) {
		return execute(title, title, null, () -> Aio.run(body));
	}

	/**
	 * Connects the sandbox's runner; called once, before the tests start.
	 * @param programHost what runs program runs
	 */
	public static synchronized void connect(ProgramHost programHost) {
		host = programHost;
		runs = 0;
		MAIN_RUNS.clear();
	}

	private static ProgramRun main(Long seed) {
		ProgramRun earlier = MAIN_RUNS.get(seed);
		if (earlier != null) {
			connected().used(earlier.number());
			return earlier;
		}
		String title = (seed == null) ? MAIN : MAIN + " with seed " + seed;
		String words = (seed == null) ? "the program" : "the program (run with seed " + seed + ")";
		ProgramRun run = execute(title, words, seed, connected().learnerMain());
		MAIN_RUNS.put(seed, run);
		return run;
	}

	private static ProgramRun execute(String title, String words, Long seed, ProgramHost.Body body) {
		ProgramHost programs = connected();
		if (recording) {
			throw new IllegalStateException("A program run cannot start inside another one");
		}
		recording = true;
		int number = ++runs;
		RunRecorder recorder = new RunRecorder(number, title, words);
		try {
			programs.record(number, title, seed, body, recorder);
			recorder.completed();
		}
		catch (Throwable ex) {
			recorder.threw(ex);
		}
		finally {
			recording = false;
		}
		programs.used(number);
		return recorder.toRun();
	}

	private static ProgramHost connected() {
		if (host == null) {
			throw new IllegalStateException(
					"Program runs need the Looplab sandbox: run these tests through the sandbox's grading.");
		}
		return host;
	}

}
