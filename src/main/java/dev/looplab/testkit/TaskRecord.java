package dev.looplab.testkit;

import java.util.List;

/**
 * The life of one task of a program run, read from its trace. Times are seconds of the
 * loop's clock from the start of the run; {@code NaN} when it never happened.
 *
 * @param id the task's number in order of creation
 * @param name the task's name
 * @param createdAt when it was created
 * @param startedAt when it first ran
 * @param endedAt when it finished, failed or was cancelled
 * @param ending {@code finished}, {@code failed}, {@code cancelled} or {@code unfinished}
 * @param suspensions how often it gave up the loop (each {@code await} that waited)
 * @param lines what it printed, in order
 * @param cancelledAt when a cancellation reached it (the first one)
 * @param linesAfterCancel what it printed after that
 */
public record TaskRecord(int id, String name, double createdAt, double startedAt, double endedAt, String ending,
		int suspensions, List<String> lines, double cancelledAt, List<String> linesAfterCancel) {

	public TaskRecord {
		lines = List.copyOf(lines);
		linesAfterCancel = List.copyOf(linesAfterCancel);
	}

	/** Whether a cancellation reached the task. */
	public boolean wasCancelled() {
		return !Double.isNaN(this.cancelledAt);
	}

}
