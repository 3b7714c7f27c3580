package dev.looplab.sandbox;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Turns the runner's trace frames into {@link SandboxEvent.Trace} events, numbered in
 * order, and keeps at most a configured number of them: a program with a million task
 * switches must not flood the page or the database. Past the cap the rest are counted,
 * and one {@code truncated} event says how many were left out.
 */
final class TraceFrames {

	/** Enough for every example and exercise; a bench of 100,000 switches is cut. */
	static final int DEFAULT_LIMIT = 20_000;

	private final int limit;

	private long lastAtMillis;

	private long seq;

	private long dropped;

	TraceFrames(int limit) {
		this.limit = limit;
	}

	void accept(Frame frame, Consumer<SandboxEvent> sink) throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(frame.payload()));
		long realNanos = in.readLong();
		this.lastAtMillis = realNanos / 1_000_000;
		if (this.seq >= this.limit) {
			this.dropped++;
			return;
		}
		long virtualNanos = in.readLong();
		long spanNanos = in.readLong();
		int task = in.readInt();
		String kind = in.readUTF();
		String taskName = in.readUTF();
		String waitingOn = in.readUTF();
		String detail = in.readUTF();
		sink.accept(new SandboxEvent.Trace(++this.seq, kind, task, taskName, waitingOn, detail, virtualNanos / 1000,
				spanNanos / 1000, realNanos / 1_000_000));
	}

	/** The truncation marker, once the run is over, if anything was left out. */
	void finish(Consumer<SandboxEvent> sink) {
		if (this.dropped > 0) {
			sink.accept(new SandboxEvent.Trace(this.seq + 1, "truncated", 0, "", "",
					"The trace keeps the first %d events; %d more were left out.".formatted(this.limit, this.dropped),
					-1, 0, this.lastAtMillis));
		}
	}

}
