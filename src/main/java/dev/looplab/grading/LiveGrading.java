package dev.looplab.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The events of one grading (of a submission or a check) held in memory while it runs and
 * a while after, with the subscribers that stream them. A late subscriber first receives
 * everything so far, then the rest as it happens. A regrade starts over with a fresh one.
 */
public final class LiveGrading {

	private static final Logger log = LoggerFactory.getLogger(LiveGrading.class);

	private final String id;

	private final String owner;

	private final String exerciseId;

	private final List<GradingEvent> events = new ArrayList<>();

	private final List<Consumer<GradingEvent>> subscribers = new ArrayList<>();

	private boolean done;

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

	synchronized void publish(GradingEvent event) {
		this.events.add(event);
		this.done = event instanceof GradingEvent.Done;
		for (Consumer<GradingEvent> subscriber : List.copyOf(this.subscribers)) {
			try {
				subscriber.accept(event);
			}
			catch (RuntimeException ex) {
				// A subscriber that breaks (a page that cannot render an event) loses its
				// stream; the grading goes on.
				log.warn("Dropped a subscriber of grading {} that failed on a {} event", this.id, event.eventName(),
						ex);
				this.subscribers.remove(subscriber);
			}
		}
		if (this.done) {
			this.subscribers.clear();
		}
	}

	/**
	 * Replays the events so far to the subscriber, then passes on each new one until the
	 * feedback.
	 * @return a handle to stop receiving events
	 */
	public synchronized Runnable subscribe(Consumer<GradingEvent> subscriber) {
		this.events.forEach(subscriber);
		if (!this.done) {
			this.subscribers.add(subscriber);
		}
		return () -> unsubscribe(subscriber);
	}

	private synchronized void unsubscribe(Consumer<GradingEvent> subscriber) {
		this.subscribers.remove(subscriber);
	}

	public synchronized List<GradingEvent> events() {
		return List.copyOf(this.events);
	}

	public synchronized boolean isDone() {
		return this.done;
	}

	/** The feedback once grading is over. */
	public synchronized java.util.Optional<Feedback> feedback() {
		return this.events.stream()
			.filter(GradingEvent.Done.class::isInstance)
			.map((event) -> ((GradingEvent.Done) event).feedback())
			.findFirst();
	}

}
