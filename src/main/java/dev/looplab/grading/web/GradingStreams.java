package dev.looplab.grading.web;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.looplab.grading.GradingEvent;
import dev.looplab.grading.LiveGrading;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Streams a grading's events over Server-Sent Events, named after each event, and closes
 * the stream after the feedback. The page and the API differ in which events they want
 * and how an event becomes data.
 */
final class GradingStreams {

	/**
	 * A stream outlives a grading that waited in a long queue; a finished one replays at
	 * once.
	 */
	private static final Duration TIMEOUT = Duration.ofMinutes(15);

	private GradingStreams() {
	}

	static SseEmitter stream(LiveGrading grading, MediaType type, Predicate<GradingEvent> wanted,
			Function<GradingEvent, Object> data) {
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		Runnable unsubscribe = grading.subscribe((event) -> {
			if (wanted.test(event)) {
				send(emitter, event, type, data);
			}
		});
		emitter.onCompletion(unsubscribe);
		emitter.onTimeout(unsubscribe);
		emitter.onError((error) -> unsubscribe.run());
		return emitter;
	}

	private static void send(SseEmitter emitter, GradingEvent event, MediaType type,
			Function<GradingEvent, Object> data) {
		try {
			emitter.send(SseEmitter.event().name(event.eventName()).data(data.apply(event), type));
			if (event instanceof GradingEvent.Done) {
				emitter.complete();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client went away; grading carries on and its result is stored.
			emitter.completeWithError(ex);
		}
	}

}
