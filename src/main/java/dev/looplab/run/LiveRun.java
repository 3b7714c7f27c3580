package dev.looplab.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.looplab.sandbox.SandboxEvent;

/**
 * The events of one run held in memory while it runs (and a while after), with the
 * subscribers that stream them. A late subscriber first receives everything so far, then
 * the rest as it happens, with nothing missed or repeated.
 */
public final class LiveRun {

	private final String id;

	private final List<SandboxEvent> events = new ArrayList<>();

	private final List<Consumer<SandboxEvent>> subscribers = new ArrayList<>();

	private boolean finished;

	LiveRun(String id) {
		this.id = id;
	}

	/** A run already over, rebuilt from its record. */
	static LiveRun finished(String id, List<SandboxEvent> events) {
		LiveRun run = new LiveRun(id);
		run.events.addAll(events);
		run.finished = true;
		return run;
	}

	public String id() {
		return this.id;
	}

	synchronized void publish(SandboxEvent event) {
		this.events.add(event);
		this.finished = event instanceof SandboxEvent.Finished;
		for (Consumer<SandboxEvent> subscriber : List.copyOf(this.subscribers)) {
			subscriber.accept(event);
		}
		if (this.finished) {
			this.subscribers.clear();
		}
	}

	/**
	 * Replays the events so far to the subscriber, then passes on each new one until the
	 * run finishes.
	 * @return a handle to stop receiving events
	 */
	public synchronized Runnable subscribe(Consumer<SandboxEvent> subscriber) {
		this.events.forEach(subscriber);
		if (!this.finished) {
			this.subscribers.add(subscriber);
		}
		return () -> unsubscribe(subscriber);
	}

	private synchronized void unsubscribe(Consumer<SandboxEvent> subscriber) {
		this.subscribers.remove(subscriber);
	}

	public synchronized List<SandboxEvent> events() {
		return List.copyOf(this.events);
	}

	public synchronized boolean isFinished() {
		return this.finished;
	}

	public RunView view() {
		return RunView.of(this.id, events());
	}

}
