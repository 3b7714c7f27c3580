package dev.looplab.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;
import dev.looplab.aio.TraceEvent;
import dev.looplab.aio.TraceKind;
import dev.looplab.aio.TraceSink;
import dev.looplab.runner.threads.ThreadScheduler;

/**
 * Sends the learner runtime's scheduling events to the server as trace frames, and before
 * each printed line says which task printed it, so the page can draw a lane per task.
 */
final class LoopTrace implements TraceSink {

	private final FrameWriter frames;

	private final TraceCap cap;

	/** Hears every event while a graded program run records them; null otherwise. */
	private volatile Consumer<TraceRecord> tap;

	LoopTrace(FrameWriter frames) {
		this(frames, Long.MAX_VALUE);
	}

	/** Sends events while the server would keep them: see {@link TraceCap}. */
	LoopTrace(FrameWriter frames, long budgetBytes) {
		this.frames = frames;
		this.cap = new TraceCap(budgetBytes);
	}

	/** Passes each event to the tap as well, from now on; null stops it. */
	void tap(Consumer<TraceRecord> events) {
		this.tap = events;
	}

	@Override
	public void accept(TraceEvent event) {
		if (skipped()) {
			return;
		}
		long span = (event.kind() == TraceKind.LOOP_BLOCKED && event.untilNanos() >= event.virtualNanos())
				? event.untilNanos() - event.virtualNanos() : 0;
		String waitsOn = (event.waitsOn() != null) ? event.waitsOn().name().toLowerCase(Locale.ROOT) : "";
		send(new TraceRecord(kind(event.kind()), event.taskId(), event.taskName(), waitsOn, detail(event),
				event.virtualNanos(), span));
	}

	/**
	 * Called with each line just before it is sent: attributes it to the task running on
	 * the printing thread, if any, or else to the scheduled thread printing it (the line
	 * is only decoded then).
	 */
	void output(byte[] line, int length) {
		Task<?> task = Aio.runningTask();
		if (task != null) {
			if (skipped()) {
				return;
			}
			long now = Math.round(Aio.loop().time() * 1e9);
			String text = new String(line, 0, length, StandardCharsets.UTF_8);
			send(new TraceRecord("output", task.id(), task.getName(), "", text, now, 0));
		}
		else {
			ThreadScheduler.attributeOutput(line, length);
		}
	}

	/**
	 * Whether an event is past what the server keeps and nobody else listens: it is then
	 * only counted, without being built.
	 */
	private synchronized boolean skipped() {
		if (this.cap.open() || this.tap != null) {
			return false;
		}
		this.cap.skipped(this.frames.nanosSinceStart());
		return true;
	}

	/** Sends one event; the thread scheduler's events come here too. */
	void send(TraceRecord record) {
		try {
			synchronized (this) {
				if (this.cap.open()) {
					this.frames.trace(record);
					this.cap.sent(record);
				}
				else {
					this.cap.skipped(this.frames.nanosSinceStart());
				}
			}
			Consumer<TraceRecord> events = this.tap;
			if (events != null) {
				events.accept(record);
			}
		}
		catch (IOException ex) {
			// The server stopped listening: the run is over.
			throw new UncheckedIOException(ex);
		}
	}

	/** Tells the server how many events were not sent; called once, as the job ends. */
	void reportSkipped() throws IOException {
		long count;
		long nanos;
		synchronized (this) {
			count = this.cap.skippedCount();
			nanos = this.cap.lastSkippedNanos();
		}
		if (count > 0) {
			this.frames.traceSkipped(nanos, count);
		}
	}

	static String kind(TraceKind kind) {
		return switch (kind) {
			case TASK_CREATED -> "created";
			case TASK_STARTED -> "started";
			case TASK_SUSPENDED -> "suspended";
			case TASK_RESUMED -> "resumed";
			case TASK_FINISHED -> "finished";
			case TASK_FAILED -> "failed";
			case TASK_CANCELLED -> "cancelled";
			case TIMER_ARMED -> "timer_armed";
			case TIMER_FIRED -> "timer_fired";
			case LOOP_BLOCKED -> "loop_blocked";
			case SLOW_CALLBACK -> "slow_callback";
		};
	}

	private static String detail(TraceEvent event) {
		String detail = (event.detail() != null) ? event.detail() : "";
		if (event.kind() == TraceKind.TIMER_ARMED && event.untilNanos() >= 0) {
			String due = String.format(Locale.ROOT, "due at %.3f s", event.untilNanos() / 1e9);
			return detail.isEmpty() ? due : detail + ", " + due;
		}
		return detail;
	}

}
