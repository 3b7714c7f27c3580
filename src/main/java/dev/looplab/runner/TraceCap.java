package dev.looplab.runner;

/**
 * How much of a plain run's trace is worth sending: the server keeps at most
 * {@link Protocol#TRACE_EVENT_LIMIT} events and a byte budget of them, and drops the
 * rest. Past either, sending more would cost the program's JVM and the server a frame
 * each for nothing (a trace flood of a million task switches), so the events are only
 * counted, and the count goes to the server once at the end. The bytes counted here are a
 * lower bound of what the server counts for the same event, so the child never stops
 * before the server would.
 */
final class TraceCap {

	/** What the server adds to each trace event's text as it stores it, at the least. */
	private static final int MIN_EVENT_BYTES = 150;

	/** Names and waits are cut to 80 characters on the server, details to 300. */
	private static final int NAME_CHARS = 78;

	private static final int DETAIL_CHARS = 298;

	private final long budgetBytes;

	private long sent;

	private long sentBytes;

	private long skipped;

	private long lastSkippedNanos;

	TraceCap(long budgetBytes) {
		this.budgetBytes = budgetBytes;
	}

	/** Whether the server would still keep another event. */
	boolean open() {
		return this.sent < Protocol.TRACE_EVENT_LIMIT && this.sentBytes <= this.budgetBytes;
	}

	void sent(TraceRecord event) {
		this.sent++;
		this.sentBytes += MIN_EVENT_BYTES + Math.min(event.kind().length(), NAME_CHARS)
				+ Math.min(event.taskName().length(), NAME_CHARS) + Math.min(event.waitingOn().length(), NAME_CHARS)
				+ Math.min(event.detail().length(), DETAIL_CHARS);
	}

	void skipped(long nanosSinceStart) {
		this.skipped++;
		this.lastSkippedNanos = nanosSinceStart;
	}

	long skippedCount() {
		return this.skipped;
	}

	long lastSkippedNanos() {
		return this.lastSkippedNanos;
	}

}
