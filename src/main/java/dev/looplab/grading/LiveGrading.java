package dev.looplab.grading;

import java.util.List;
import java.util.Optional;

import dev.looplab.sandbox.EventBytes;
import dev.looplab.stream.LiveEvents;

/**
 * The events of one grading (of a submission or a check) held in memory while it runs and
 * a while after, for any number of readers: a late reader first gets everything so far,
 * then the rest as it happens. Grading only appends; it never waits for a reader. A
 * regrade starts over with a fresh one.
 */
public final class LiveGrading {

	/** A status line or the feedback: its message and, for the feedback, its tests. */
	private static final int STATUS_BYTES = 128;

	private static final int FEEDBACK_BYTES = 4096;

	private final String id;

	private final String owner;

	private final String exerciseId;

	private final LiveEvents<GradingEvent> events = new LiveEvents<>(GradingEvent.Done.class::isInstance,
			LiveGrading::bytesOf);

	LiveGrading(String id, String owner, String exerciseId) {
		this.id = id;
		this.owner = owner;
		this.exerciseId = exerciseId;
	}

	/** A grading already over, rebuilt from its record. */
	static LiveGrading done(String id, String owner, String exerciseId, Feedback feedback) {
		LiveGrading grading = new LiveGrading(id, owner, exerciseId);
		grading.publish(new GradingEvent.Done(feedback));
		return grading;
	}

	public String id() {
		return this.id;
	}

	/** The learner whose code this is. */
	public String owner() {
		return this.owner;
	}

	public String exerciseId() {
		return this.exerciseId;
	}

	void publish(GradingEvent event) {
		this.events.publish(event);
	}

	/** The events, to stream: shared, never copied per reader. */
	public LiveEvents<GradingEvent> live() {
		return this.events;
	}

	/** The events so far, as an unmodifiable list that shares the grading's storage. */
	public List<GradingEvent> events() {
		return this.events.events();
	}

	public boolean isDone() {
		return this.events.isFinished();
	}

	/** The feedback once grading is over. */
	public Optional<Feedback> feedback() {
		return events().stream()
			.filter(GradingEvent.Done.class::isInstance)
			.map((event) -> ((GradingEvent.Done) event).feedback())
			.findFirst();
	}

	private static int bytesOf(GradingEvent event) {
		return switch (event) {
			case GradingEvent.FromSandbox(var sandboxEvent) -> (int) EventBytes.of(sandboxEvent);
			case GradingEvent.StatusChanged status -> STATUS_BYTES;
			case GradingEvent.Done done -> FEEDBACK_BYTES;
		};
	}

}
