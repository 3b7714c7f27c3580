package dev.looplab.run.web;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Function;

import dev.looplab.run.LiveRun;
import dev.looplab.sandbox.SandboxEvent;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Streams a run's events over Server-Sent Events, named after each event's type, and
 * closes the stream after the result. The page and the API differ only in how an event
 * becomes data.
 */
final class EventStreams {

	/** A stream outlives the longest run by a margin; a finished run replays at once. */
	private static final Duration TIMEOUT = Duration.ofMinutes(5);

	private EventStreams() {
	}

	static SseEmitter stream(LiveRun run, MediaType type, Function<SandboxEvent, Object> data) {
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		Runnable unsubscribe = run.subscribe((event) -> send(emitter, event, type, data));
		emitter.onCompletion(unsubscribe);
		emitter.onTimeout(unsubscribe);
		emitter.onError((error) -> unsubscribe.run());
		return emitter;
	}

	private static void send(SseEmitter emitter, SandboxEvent event, MediaType type,
			Function<SandboxEvent, Object> data) {
		try {
			emitter.send(SseEmitter.event().name(event.eventName()).data(data.apply(event), type));
			if (event instanceof SandboxEvent.Finished) {
				emitter.complete();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client went away; the run carries on and stays recorded.
			emitter.completeWithError(ex);
		}
	}

}
