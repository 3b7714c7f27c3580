package dev.looplab.sandbox;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;

import dev.looplab.runner.Protocol;

/**
 * Turns the runner's trace frames into {@link SandboxEvent.Trace} events, numbered in
 * order, and keeps at most a configured number of them, within the run's
 * {@link EventBudget}: a program with a million task switches, or with task names of a
 * page each, must not flood the page or the database. Past either limit the rest are
 * counted, and the budget's one {@code truncated} event says how many were left out.
 * Names and details are shortened to what a timeline can show.
 */
final class TraceFrames {

	/** Enough for every example and exercise; a bench of 100,000 switches is cut. */
	static final int DEFAULT_LIMIT = Protocol.TRACE_EVENT_LIMIT;

	/** A task name longer than this is cut: the timeline shows a few words per lane. */
	static final int MAX_NAME_CHARS = 80;

	/** The longest detail (a printed line, a wait's description) kept in the trace. */
	static final int MAX_DETAIL_CHARS = 300;

	private final int limit;

	TraceFrames(int limit) {
		this.limit = limit;
	}

	void accept(Frame frame, EventBudget budget) throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(frame.payload()));
		long realNanos = in.readLong();
		if (budget.traceKept() >= this.limit || budget.traceCut()) {
			budget.leftOut(realNanos / 1_000_000);
			return;
		}
		long virtualNanos = in.readLong();
		long spanNanos = in.readLong();
		int task = in.readInt();
		String kind = shorten(in.readUTF(), MAX_NAME_CHARS);
		String taskName = shorten(in.readUTF(), MAX_NAME_CHARS);
		String waitingOn = shorten(in.readUTF(), MAX_NAME_CHARS);
		String detail = shorten(in.readUTF(), MAX_DETAIL_CHARS);
		budget.offer(new SandboxEvent.Trace(budget.traceKept() + 1, kind, task, taskName, waitingOn, detail,
				virtualNanos / 1000, spanNanos / 1000, realNanos / 1_000_000));
	}

	/**
	 * The runner's count of the events it did not send, past what the run keeps (see
	 * {@link Protocol#TRACE_SKIPPED}).
	 */
	void skipped(Frame frame, EventBudget budget) throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(frame.payload()));
		long realNanos = in.readLong();
		long count = in.readLong();
		if (count > 0) {
			budget.leftOut(realNanos / 1_000_000, count);
		}
	}

	/** Cuts a text to at most so many characters, marking the cut with an ellipsis. */
	static String shorten(String text, int maxChars) {
		if (text.length() <= maxChars) {
			return text;
		}
		int end = maxChars - 1;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + "…";
	}

}
