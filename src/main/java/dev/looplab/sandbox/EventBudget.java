package dev.looplab.sandbox;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The byte budget of one run's (or one grading's) events: output, trace and diagnostics
 * together may take at most a configured number of bytes, measured as they will be stored
 * ({@link EventBytes}). It is spent where the events come in from the sandbox, so nothing
 * a program does can make the server hold or store more.
 * <p>
 * The trace may use only the first seven eighths, so that a trace flood still leaves room
 * for what the program prints. Output that no longer fits stops the program (as the
 * output cap does); trace events and diagnostics that do not fit are counted and left
 * out, and one {@code truncated} marker at the end says how many. The events every run
 * needs (started, test results, the result) always pass; they are few and small.
 */
final class EventBudget implements Consumer<SandboxEvent> {

	/** Kept back for the marker and the result, which always pass. */
	static final long RESERVE = 8 * 1024;

	private final long limit;

	private final Consumer<SandboxEvent> sink;

	private long spent;

	private long traceKept;

	private long traceBytes;

	private long leftOut;

	private long lastAtMillis;

	private boolean outputCut;

	/** Set once a trace event was left out: a trace with holes in it would mislead. */
	private boolean traceCut;

	EventBudget(long limit, Consumer<SandboxEvent> sink) {
		this.limit = Math.max(limit, 2 * RESERVE);
		this.sink = sink;
	}

	/** Passes the event on if it fits; returns whether it did. */
	boolean offer(SandboxEvent event) {
		long bytes = EventBytes.of(event);
		this.lastAtMillis = Math.max(this.lastAtMillis, event.atMillis());
		boolean fits = switch (event) {
			case SandboxEvent.Trace _ -> !this.traceCut && this.spent + bytes <= traceBytes(this.limit);
			case SandboxEvent.Output _, SandboxEvent.Diagnostic _ -> this.spent + bytes <= this.limit - RESERVE;
			default -> true;
		};
		if (!fits) {
			this.traceCut |= event instanceof SandboxEvent.Trace;
			this.outputCut |= event instanceof SandboxEvent.Output;
			this.leftOut++;
			return false;
		}
		this.spent += bytes;
		if (event instanceof SandboxEvent.Trace) {
			this.traceKept++;
			this.traceBytes += bytes;
		}
		this.sink.accept(event);
		return true;
	}

	@Override
	public void accept(SandboxEvent event) {
		offer(event);
	}

	/** Counts an event left out before it reached the budget (past the count cap). */
	void leftOut(long atMillis) {
		leftOut(atMillis, 1);
	}

	/** So many trace events left out, the last at the given time. */
	void leftOut(long atMillis, long count) {
		this.traceCut = true;
		this.leftOut += count;
		this.lastAtMillis = Math.max(this.lastAtMillis, atMillis);
	}

	/** Whether trace events have been left out: every later one is left out too. */
	boolean traceCut() {
		return this.traceCut;
	}

	/**
	 * The most that output and trace together may spend before trace events are left out:
	 * an eighth of the budget stays for output printed after a long trace.
	 */
	static long traceBytes(long limit) {
		long budget = Math.max(limit, 2 * RESERVE);
		return budget - budget / 8 - RESERVE;
	}

	/** The next trace number, after the events kept. */
	long traceKept() {
		return this.traceKept;
	}

	/** Whether output was left out: the run is then stopped for its output. */
	boolean outputCut() {
		return this.outputCut;
	}

	long limit() {
		return this.limit;
	}

	long spent() {
		return this.spent;
	}

	/** The truncation marker, once the run is over, if anything was left out. */
	void finish() {
		if (this.leftOut == 0) {
			return;
		}
		String detail = "The trace was cut after %d events (%s of this run's %s event budget); %d more events were left out."
			.formatted(this.traceKept, size(this.traceBytes), size(this.limit), this.leftOut);
		SandboxEvent.Trace marker = new SandboxEvent.Trace(this.traceKept + 1, "truncated", 0, "", "", detail, -1, 0,
				this.lastAtMillis);
		this.spent += EventBytes.of(marker);
		this.sink.accept(marker);
	}

	static String size(long bytes) {
		if (bytes >= 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
		}
		return (bytes >= 1024) ? "%d KiB".formatted(bytes / 1024) : "%d bytes".formatted(bytes);
	}

}
