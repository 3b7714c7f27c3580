package dev.looplab.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** The phrases {@link Expect}'s messages are made of. */
final class Words {

	/** Loop times are sums of doubles: a nanosecond's slack is not a difference. */
	static final double EPSILON = 1e-6;

	private static final int SHOWN_LINES = 5;

	private Words() {
	}

	/** {@code 4.0 s}, {@code 0.25 s}: at least one decimal, at most three. */
	static String seconds(double seconds) {
		if (Double.isNaN(seconds)) {
			return "an unknown time";
		}
		BigDecimal rounded = BigDecimal.valueOf(seconds).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
		if (rounded.scale() < 1) {
			rounded = rounded.setScale(1);
		}
		return rounded.toPlainString() + " s";
	}

	/** {@code 2 tasks}, {@code 1 task whose name starts with "fetch"}. */
	static String tasks(int count, String namePrefix) {
		String noun = (count == 1) ? "task" : "tasks";
		return namePrefix.isEmpty() ? count + " " + noun
				: "%d %s whose name starts with %s".formatted(count, noun, Expect.quote(namePrefix));
	}

	static String waitKind(String kind) {
		return switch (kind.toLowerCase(Locale.ROOT)) {
			case "timer" -> "a timer (a sleep)";
			case "yield" -> "a turn of the loop (sleep(0))";
			case "task" -> "another task";
			case "future" -> "a future";
			case "lock" -> "a lock";
			case "event" -> "an event";
			case "condition" -> "a condition";
			case "semaphore" -> "a semaphore";
			case "queue" -> "a queue";
			case "executor" -> "the executor (work on a thread)";
			case "gather" -> "a gather";
			case "wait_for" -> "a wait_for";
			case "shield" -> "a shield";
			case "task_group" -> "the end of a task group";
			default -> Expect.quote(kind);
		};
	}

	static String times(int count) {
		return (count == 1) ? "once" : (count == 2) ? "twice" : count + " times";
	}

	/** How a task ended, as the end of a sentence: "finished normally". */
	static String ending(TaskRecord task) {
		return switch (task.ending()) {
			case "finished" -> "finished normally at " + seconds(task.endedAt());
			case "failed" -> "failed at " + seconds(task.endedAt());
			case "cancelled" -> "was cancelled at " + seconds(task.endedAt());
			default -> "had not finished when the program ended";
		};
	}

	/**
	 * What the run printed, for a message about a line it did not print; mentions a line
	 * that differs from the wanted one only in spaces or case.
	 */
	static String printedSoFar(ProgramRun run, String wanted) {
		List<String> lines = run.lines();
		if (lines.isEmpty()) {
			return "It printed nothing.";
		}
		for (String line : lines) {
			if (line.strip().equalsIgnoreCase(wanted.strip())) {
				return "It printed %s, which differs only in spaces or capital letters.".formatted(Expect.quote(line));
			}
		}
		List<String> shown = lines.subList(0, Math.min(SHOWN_LINES, lines.size()));
		String more = (lines.size() > SHOWN_LINES) ? " and %d more lines".formatted(lines.size() - SHOWN_LINES) : "";
		return "It printed %s%s.".formatted(String.join(", ", shown.stream().map(Expect::quote).toList()), more);
	}

}
