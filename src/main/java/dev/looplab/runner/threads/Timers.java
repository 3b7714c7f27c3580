package dev.looplab.runner.threads;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Sleeping and timed-waiting threads, ordered by when they are due and, for the same
 * time, by when their timer was armed: the order in which they wake.
 */
final class Timers {

	private final PriorityQueue<Strand> due = new PriorityQueue<>(
			Comparator.comparingLong((Strand s) -> s.deadline).thenComparingLong((s) -> s.timerSeq));

	private long armed;

	void arm(Strand strand, long deadline) {
		strand.deadline = deadline;
		strand.timerSeq = this.armed++;
		this.due.add(strand);
	}

	void disarm(Strand strand) {
		if (strand.deadline >= 0) {
			this.due.remove(strand);
			strand.deadline = -1;
		}
	}

	boolean isEmpty() {
		return this.due.isEmpty();
	}

	/** When the first timer is due; the queue must not be empty. */
	long firstDeadline() {
		return this.due.peek().deadline;
	}

	/** Takes out the first timer if it is due at {@code now}, or returns null. */
	Strand takeDue(long now) {
		Strand first = this.due.peek();
		if (first == null || first.deadline > now) {
			return null;
		}
		this.due.poll();
		first.deadline = -1;
		return first;
	}

}
