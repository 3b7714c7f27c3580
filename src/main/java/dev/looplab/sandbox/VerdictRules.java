package dev.looplab.sandbox;

import dev.looplab.runner.Protocol;

/**
 * Turns how a run ended into exactly one verdict and a message in plain words that says
 * what happened and what to do next.
 */
final class VerdictRules {

	private VerdictRules() {
	}

	static SandboxEvent.Finished decide(RunEnding end, SandboxProperties limits, long wallMillis) {
		return decide(end, limits, JobLimits.forRun(limits), wallMillis);
	}

	static SandboxEvent.Finished decide(RunEnding end, SandboxProperties limits, JobLimits job, long wallMillis) {
		Integer code = end.exitCode();
		if (end.killedFor() == Verdict.TIME_LIMIT) {
			return finished(Verdict.TIME_LIMIT, null, wallMillis,
					"Stopped after %s, the wall-clock limit. Look for a loop that never ends or a wait that never returns."
						.formatted(seconds(job.wall())));
		}
		if (end.killedFor() == Verdict.OUTPUT_LIMIT && end.overEventBudget()) {
			return finished(Verdict.OUTPUT_LIMIT, null, wallMillis,
					"Stopped because the program's output and trace reached %s, what one run may keep; what came before is shown. Print fewer lines, or look for a loop that prints without end."
						.formatted(EventBudget.size(limits.eventBudgetBytes())));
		}
		if (end.killedFor() == Verdict.OUTPUT_LIMIT) {
			return finished(Verdict.OUTPUT_LIMIT, null, wallMillis,
					"Stopped because the program printed more than %d KiB; the first %d KiB are shown. Print less, or look for a loop that prints without end."
						.formatted(limits.outputLimitBytes() / 1024, end.printedBytes() / 1024));
		}
		if (end.ranOutOfMemory()) {
			return finished(Verdict.MEMORY_LIMIT, code, wallMillis,
					"The program ran out of memory (the heap limit is %d MiB). Keep fewer or smaller objects alive, or look for a collection that grows without end."
						.formatted(limits.heapMegabytes()));
		}
		if (end.memoryCgroupKill()) {
			return finished(Verdict.MEMORY_LIMIT, code, wallMillis,
					"The program used more memory than its sandbox allows (%d MiB for the whole JVM) and was stopped. Keep fewer or smaller objects alive, or start fewer threads."
						.formatted(limits.isolation().memoryMegabytes()));
		}
		if (end.fault() != null) {
			return crashed(code, wallMillis, end.fault());
		}
		if (end.exit() != null) {
			return fromRunner(end.exit(), code, limits, job, wallMillis);
		}
		if (code != null && code == Protocol.CPU_BUDGET_EXIT_CODE) {
			// The runner ended the run for its CPU budget, but its report did not get
			// out.
			return cpuBudget("", "Look for a loop that never ends, or make the program do less work.", job, wallMillis);
		}
		if (code != null && code == 0) {
			return finished(Verdict.OK, 0, wallMillis, "The program called System.exit(0).");
		}
		if (code != null && code > 0 && code < 128) {
			return finished(Verdict.RUNTIME_ERROR, code, wallMillis,
					"The program ended itself with exit code %d (System.exit). Exit code 0 means success."
						.formatted(code));
		}
		return crashed(code, wallMillis,
				(code == null) ? "the process did not end" : "killed by signal " + (code - 128));
	}

	/**
	 * How a grading's JVM ended. Only the runner's own last word says that the tests ran
	 * to the end: a JVM that ended without it (whatever its exit code) stopped the tests
	 * part-way, so the tests that had not reported fail.
	 */
	static SandboxEvent.Finished decideGrading(RunEnding end, SandboxProperties limits, JobLimits job,
			long wallMillis) {
		Integer code = end.exitCode();
		boolean endedItself = end.exit() == null && end.killedFor() == null && end.fault() == null
				&& !end.ranOutOfMemory() && !end.memoryCgroupKill() && code != null && code >= 0 && code < 128;
		if (endedItself) {
			return finished(Verdict.RUNTIME_ERROR, code, wallMillis,
					"The program ended the JVM itself (exit code %d) before the tests were done.".formatted(code));
		}
		return decide(end, limits, job, wallMillis);
	}

	private static SandboxEvent.Finished fromRunner(RunEnding.Exit exit, Integer code, SandboxProperties limits,
			JobLimits job, long wallMillis) {
		return switch (exit.ending()) {
			case RETURNED -> finished(Verdict.OK, code, wallMillis, "The program finished normally.");
			case THREW -> threw(exit.detail(), code, limits, wallMillis);
			case NO_MAIN -> finished(Verdict.RUNTIME_ERROR, code, wallMillis, exit.detail());
			case BROKEN_JOB -> crashed(code, wallMillis, "the sandbox could not load the program: " + exit.detail());
			case CPU_BUDGET -> cpuBudget(exit.detail(),
					"Look for a loop that never ends, or make the program do less work.", job, wallMillis);
			case CPU_BUDGET_IN_RECURSION -> cpuBudget(exit.detail(),
					"The method kept calling itself: a recursion that calls itself again in a finally block, or after catching StackOverflowError, starts over each time the stack overflows and never ends. Give the recursion a case that returns without calling itself, and do not call it from finally blocks or catch (StackOverflowError).",
					job, wallMillis);
			case DEADLOCK -> finished(Verdict.DEADLOCK, code, wallMillis,
					"Deadlock. %s The timeline shows where each thread stopped. Take locks in the same order everywhere, and make sure every wait has a notify that comes."
						.formatted(exit.detail()));
		};
	}

	private static SandboxEvent.Finished cpuBudget(String where, String advice, JobLimits job, long wallMillis) {
		return finished(Verdict.TIME_LIMIT, null, wallMillis,
				"Stopped%s after %s of CPU time: programs here may compute for %2$s and run for %s in all. %s"
					.formatted(where.isEmpty() ? "" : " at " + where + ",", seconds(job.cpu()), seconds(job.wall()),
							advice));
	}

	private static SandboxEvent.Finished threw(String exception, Integer code, SandboxProperties limits,
			long wallMillis) {
		if (exception.contains("unable to create native thread")) {
			return finished(Verdict.RUNTIME_ERROR, code, wallMillis,
					"The program could not start another thread: %s. A program here may have at most %d threads; run many small tasks on a fixed pool (Executors.newFixedThreadPool) or on virtual threads."
						.formatted(exception, limits.isolation().maxProcesses()));
		}
		// Direct buffers and some JDK paths throw OutOfMemoryError from Java code,
		// which -XX:+ExitOnOutOfMemoryError does not see.
		if (exception.startsWith("java.lang.OutOfMemoryError")) {
			return finished(Verdict.MEMORY_LIMIT, code, wallMillis,
					"The program ran out of memory: %s. Keep fewer or smaller buffers and objects alive, or look for a collection that grows without end."
						.formatted(exception));
		}
		return finished(Verdict.RUNTIME_ERROR, code, wallMillis,
				"The program stopped with an uncaught exception: %s. The stack trace on stderr shows the line where it was thrown."
					.formatted(exception));
	}

	/**
	 * The end of a grading: for tests that all ran, how many passed and the points; for
	 * one stopped part-way, the verdict's message and what becomes of the tests left.
	 */
	static SandboxEvent.Finished graded(SandboxEvent.Finished ended, TestTally tally) {
		if (ended.verdict() == Verdict.OK) {
			String message = (tally.tests() == 0)
					? "The tests ran, but none was found. This is a fault of the exercise, not of your code."
					: "The tests ran: %d of %d passed, %d of %d points.".formatted(tally.passed(), tally.tests(),
							tally.points(), tally.maxPoints());
			return finished(Verdict.OK, ended.exitCode(), ended.wallMillis(), message);
		}
		if (ended.verdict() == Verdict.COMPILE_ERROR || ended.verdict() == Verdict.REJECTED) {
			return ended;
		}
		String left = (tally.tests() == 0) ? " No test could finish, so none earns points."
				: " %d test%s finished before that; the others earn no points.".formatted(tally.tests(),
						(tally.tests() == 1) ? "" : "s");
		return finished(ended.verdict(), ended.exitCode(), ended.wallMillis(), ended.message() + left);
	}

	/** A program that uses an API it may not; the message names the API and the line. */
	static SandboxEvent.Finished rejected(String message, long wallMillis) {
		return finished(Verdict.REJECTED, null, wallMillis, message);
	}

	private static String seconds(java.time.Duration duration) {
		return (duration.toMillis() % 1000 == 0) ? duration.toSeconds() + " s"
				: String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

	static SandboxEvent.Finished crashed(Integer code, long wallMillis, String how) {
		return finished(Verdict.CRASHED, code, wallMillis,
				"The sandbox failed (%s). This is not a fault in your code: run it again, and tell us if it keeps happening."
					.formatted(how));
	}

	private static SandboxEvent.Finished finished(Verdict verdict, Integer code, long wallMillis, String message) {
		return new SandboxEvent.Finished(verdict, code, wallMillis, message, wallMillis);
	}

}
