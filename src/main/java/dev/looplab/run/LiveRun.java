package dev.looplab.run;

import java.util.List;

import dev.looplab.sandbox.EventBytes;
import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.stream.LiveEvents;

/**
 * The events of one run held in memory while it runs (and a while after), for any number
 * of readers: a late reader first gets everything so far, then the rest as it happens.
 * The run's thread only appends; it never waits for a reader.
 */
public final class LiveRun {

	private final String id;

	private final LiveEvents<SandboxEvent> events = new LiveEvents<>(SandboxEvent.Finished.class::isInstance,
			(event) -> (int) EventBytes.of(event));

	/** Made once when a finished run is first shown, then shared by every reader. */
	private volatile RunView finishedView;

	LiveRun(String id) {
		this.id = id;
	}

	/** A run already over, rebuilt from its record. */
	static LiveRun finished(String id, List<SandboxEvent> events) {
		LiveRun run = new LiveRun(id);
		events.forEach(run.events::publish);
		run.events.finish();
		return run;
	}

	public String id() {
		return this.id;
	}

	void publish(SandboxEvent event) {
		this.events.publish(event);
	}

	/** The events, to stream: shared, never copied per reader. */
	public LiveEvents<SandboxEvent> live() {
		return this.events;
	}

	/** The events so far, as an unmodifiable list that shares the run's storage. */
	public List<SandboxEvent> events() {
		return this.events.events();
	}

	public boolean isFinished() {
		return this.events.isFinished();
	}

	public RunView view() {
		RunView view = this.finishedView;
		if (view != null) {
			return view;
		}
		boolean finished = isFinished();
		view = RunView.of(this.id, events());
		if (finished) {
			this.finishedView = view;
		}
		return view;
	}

}
