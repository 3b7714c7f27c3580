package dev.looplab.runner.threads;

import java.util.Collection;
import java.util.StringJoiner;

/**
 * The message of a {@code DEADLOCK} verdict: each thread that can never run again and
 * what it waits for, in plain words.
 */
final class DeadlockReport {

	private DeadlockReport() {
	}

	static String of(Collection<Strand> strands, Monitors monitors) {
		StringJoiner waits = new StringJoiner("; ", "Every thread is blocked and no timer is pending: ", ".");
		for (Strand strand : strands) {
			if (strand.stuck()) {
				waits.add(strand.name() + " waits for " + waitsFor(strand, monitors));
			}
		}
		return waits.toString();
	}

	/** What the thread waits for, in words: "the lock held by main". */
	static String waitsFor(Strand strand, Monitors monitors) {
		return switch (strand.waitsOn) {
			case Monitor monitor when strand.state == StrandState.BLOCKED ->
				"the lock held by " + monitors.ownerName(monitor);
			case Monitor monitor -> "a notify on " + monitor.describeTarget();
			case Strand joined -> joined.name() + " to finish";
			case WaitList list -> list.words();
			case null, default -> "its turn";
		};
	}

}
