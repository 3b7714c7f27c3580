package dev.looplab.aio;

import java.util.ArrayList;
import java.util.List;

/** Keeps up to a cap of events in memory; the rest are counted and dropped. */
public final class InMemoryTraceSink implements TraceSink {

	private final int cap;

	private final List<TraceEvent> events = new ArrayList<>();

	private long dropped;

	/** A sink that keeps up to a million events. */
	public InMemoryTraceSink() {
		this(1_000_000);
	}

	/**
	 * @param cap the most events kept
	 */
	public InMemoryTraceSink(int cap) {
		this.cap = cap;
	}

	@Override
	public synchronized void accept(TraceEvent event) {
		if (this.events.size() < this.cap) {
			this.events.add(event);
		}
		else {
			this.dropped++;
		}
	}

	/** The events kept so far, in order. */
	public synchronized List<TraceEvent> events() {
		return List.copyOf(this.events);
	}

	/** How many events arrived past the cap. */
	public synchronized long dropped() {
		return this.dropped;
	}

}
