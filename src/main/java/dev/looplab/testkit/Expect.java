package dev.looplab.testkit;

import java.util.List;
import java.util.Optional;

import org.opentest4j.AssertionFailedError;

/**
 * Assertions on a {@link ProgramRun} whose messages are written for the learner: what was
 * expected, what happened, in words, and the test's hint when it gives one. Each throws
 * {@link AssertionFailedError}; the same run always gives the same message.
 */
public final class Expect {

	private Expect() {
	}

	/** The run returned normally. */
	public static void completes(ProgramRun run) {
		if (!run.completed()) {
			fail("Expected %s to run to its end, but it stopped with %s.".formatted(run.words(), failureOf(run)), "");
		}
	}

	/** The run printed this exact line (to System.out). */
	public static void printed(ProgramRun run, String line) {
		if (!run.lines().contains(line)) {
			fail("Expected %s to print the line %s, but it never did. %s".formatted(run.words(), quote(line),
					Words.printedSoFar(run, line)), "");
		}
	}

	/** The run printed these lines in this order (other lines may come between them). */
	public static void printedInOrder(ProgramRun run, String... lines) {
		List<String> printed = run.lines();
		int from = 0;
		for (int i = 0; i < lines.length; i++) {
			int at = indexFrom(printed, lines[i], from);
			if (at < 0) {
				boolean earlier = printed.subList(0, from).contains(lines[i]);
				String what = (i == 0)
						? "Expected %s to print the line %s, but it never did. %s".formatted(run.words(),
								quote(lines[i]), Words.printedSoFar(run, lines[i]))
						: earlier
								? "Expected %s to print the line %s after %s, but it came before it."
									.formatted(run.words(), quote(lines[i]), quote(lines[i - 1]))
								: "Expected %s to print the line %s after %s, but it never printed it. %s".formatted(
										run.words(), quote(lines[i]), quote(lines[i - 1]),
										Words.printedSoFar(run, lines[i]));
				fail(what, "");
			}
			from = at + 1;
		}
	}

	/** The run's whole output (System.out) is exactly this text. */
	public static void outputIs(ProgramRun run, String expected) {
		List<String> wanted = expected.isEmpty() ? List.of() : List.of(expected.stripTrailing().split("\n", -1));
		List<String> printed = run.lines();
		for (int i = 0; i < Math.min(wanted.size(), printed.size()); i++) {
			if (!wanted.get(i).equals(printed.get(i))) {
				fail("Expected line %d of the output of %s to be %s, but it was %s.".formatted(i + 1, run.words(),
						quote(wanted.get(i)), quote(printed.get(i))), "");
			}
		}
		if (printed.size() < wanted.size()) {
			fail("Expected %s to print %d lines, but it printed %d; the first missing line is %s."
				.formatted(run.words(), wanted.size(), printed.size(), quote(wanted.get(printed.size()))), "");
		}
		if (printed.size() > wanted.size()) {
			fail("Expected %s to print %d lines, but it printed %d; the first extra line is %s.".formatted(run.words(),
					wanted.size(), printed.size(), quote(printed.get(wanted.size()))), "");
		}
	}

	/** The run completed within this much loop time. */
	public static void finishesWithin(ProgramRun run, double seconds, String hint) {
		requireCompleted(run, "take at most %s of loop time".formatted(Words.seconds(seconds)), hint);
		if (run.elapsedSeconds() > seconds + Words.EPSILON) {
			fail("Expected %s to take at most %s of loop time, but it took %s.".formatted(run.words(),
					Words.seconds(seconds), Words.seconds(run.elapsedSeconds())), hint);
		}
	}

	/** The run completed and took at least this much loop time. */
	public static void takesAtLeast(ProgramRun run, double seconds, String hint) {
		requireCompleted(run, "take at least %s of loop time".formatted(Words.seconds(seconds)), hint);
		if (run.elapsedSeconds() < seconds - Words.EPSILON) {
			fail("Expected %s to take at least %s of loop time, but it took only %s.".formatted(run.words(),
					Words.seconds(seconds), Words.seconds(run.elapsedSeconds())), hint);
		}
	}

	/** Never more than {@code max} tasks with this name prefix were alive at once. */
	public static void atMostTasksAtOnce(ProgramRun run, String namePrefix, int max, String hint) {
		ProgramRun.Peak peak = run.peakAtOnce(namePrefix);
		if (peak.count() > max) {
			fail("Expected at most %s to run at the same time, but %d did (at %s)."
				.formatted(Words.tasks(max, namePrefix), peak.count(), Words.seconds(peak.seconds())), hint);
		}
	}

	/**
	 * At some moment at least {@code min} tasks with this name prefix were alive at once.
	 */
	public static void atLeastTasksAtOnce(ProgramRun run, String namePrefix, int min, String hint) {
		int most = run.mostTasksAtOnce(namePrefix);
		if (most < min) {
			fail("Expected at least %s to run at the same time, but %s.".formatted(Words.tasks(min, namePrefix),
					(most == 0) ? "none ran" : "at most " + most + " did"), hint);
		}
	}

	/** Never more than {@code max} tasks waited on this kind of thing at once. */
	public static void atMostWaitingAtOnce(ProgramRun run, String waitKind, int max, String hint) {
		ProgramRun.Peak peak = run.peakWaiting(waitKind);
		if (peak.count() > max) {
			fail("Expected at most %d %s to wait on %s at the same time, but %d did (at %s).".formatted(max,
					(max == 1) ? "task" : "tasks", Words.waitKind(waitKind), peak.count(),
					Words.seconds(peak.seconds())), hint);
		}
	}

	/**
	 * The program's tasks (the main one included) waited on this kind of thing at least
	 * {@code times} times in all: the work it prints about really happened on the loop.
	 */
	public static void waitedAtLeast(ProgramRun run, String waitKind, int times, String hint) {
		int waits = run.waitsOn(waitKind);
		if (waits < times) {
			fail("Expected %s to wait on %s at least %s, but it %s.".formatted(run.words(), Words.waitKind(waitKind),
					Words.times(times), (waits == 0) ? "never did" : "did only " + Words.times(waits)), hint);
		}
	}

	/** No blocking call ever stalled the event loop. */
	public static void loopNeverBlocked(ProgramRun run, String hint) {
		List<TraceEntry> blocks = run.loopBlocks();
		if (!blocks.isEmpty()) {
			TraceEntry first = blocks.getFirst();
			String who = first.taskName().isEmpty() ? "a callback" : "the task " + quote(first.taskName());
			String how = first.detail().isEmpty() ? "" : " (" + first.detail() + ")";
			String more = (blocks.size() == 1) ? "" : " It was blocked %d times in all.".formatted(blocks.size());
			fail("Expected the event loop never to be blocked, but %s blocked it at %s%s: while it blocks, no other task can run.%s"
				.formatted(who, Words.seconds(first.seconds()), how, more), hint);
		}
	}

	/** Both lines were printed, the first one before the later one. */
	public static void happensBefore(ProgramRun run, String firstLine, String laterLine, String hint) {
		int first = run.lines().indexOf(firstLine);
		int later = run.lines().indexOf(laterLine);
		for (String line : List.of(firstLine, laterLine)) {
			if (!run.lines().contains(line)) {
				fail("Expected %s to print %s before %s, but it never printed %s.".formatted(run.words(),
						quote(firstLine), quote(laterLine), quote(line)), hint);
			}
		}
		if (later < first) {
			fail("Expected %s to print %s before %s, but %s came first.".formatted(run.words(), quote(firstLine),
					quote(laterLine), quote(laterLine)), hint);
		}
	}

	/**
	 * The task was cancelled and really stopped: it ended cancelled and printed nothing
	 * after the cancellation reached it.
	 */
	public static void cancelledAndStopped(ProgramRun run, String taskName, String hint) {
		TaskRecord task = requireTask(run, taskName, hint);
		String name = quote(taskName);
		if (!task.wasCancelled()) {
			fail("Expected the task %s to be cancelled, but it never was: it %s.".formatted(name, Words.ending(task)),
					hint);
		}
		if (!task.linesAfterCancel().isEmpty()) {
			fail("Expected the task %s to stop when it was cancelled (at %s), but it went on and printed %s."
				.formatted(name, Words.seconds(task.cancelledAt()), quote(task.linesAfterCancel().getFirst())), hint);
		}
		if (!task.ending().equals("cancelled")) {
			fail("Expected the task %s to stop when it was cancelled (at %s), but it caught the cancellation and %s."
				.formatted(name, Words.seconds(task.cancelledAt()), Words.ending(task)), hint);
		}
	}

	/** The task gave up the loop (an await that waited) at least this many times. */
	public static void suspendedAtLeast(ProgramRun run, String taskName, int times, String hint) {
		TaskRecord task = requireTask(run, taskName, hint);
		if (task.suspensions() < times) {
			fail("Expected the task %s to wait (suspend) at least %s, but it did %s.".formatted(quote(taskName),
					Words.times(times), (task.suspensions() == 0) ? "not wait once" : Words.times(task.suspensions())),
					hint);
		}
	}

	private static TaskRecord requireTask(ProgramRun run, String taskName, String hint) {
		Optional<TaskRecord> task = run.task(taskName);
		if (task.isEmpty()) {
			List<String> names = run.taskNames();
			String known = names.isEmpty() ? "it created no tasks"
					: "its tasks were " + String.join(", ", names.stream().limit(8).map(Expect::quote).toList())
							+ ((names.size() > 8) ? ", ..." : "");
			fail("Expected %s to create a task named %s, but %s.".formatted(run.words(), quote(taskName), known), hint);
		}
		return task.get();
	}

	private static void requireCompleted(ProgramRun run, String expected, String hint) {
		if (!run.completed()) {
			fail("Expected %s to %s, but it did not finish: it stopped with %s.".formatted(run.words(), expected,
					failureOf(run)), hint);
		}
	}

	private static String failureOf(ProgramRun run) {
		return run.failure().orElse("an unknown error");
	}

	private static int indexFrom(List<String> lines, String line, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (lines.get(i).equals(line)) {
				return i;
			}
		}
		return -1;
	}

	static String quote(String text) {
		return "\"" + text + "\"";
	}

	private static void fail(String message, String hint) {
		String full = (hint == null || hint.isBlank()) ? message : message + " Hint: " + hint.strip();
		throw new AssertionFailedError(full);
	}

}
