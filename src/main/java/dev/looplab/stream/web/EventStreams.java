package dev.looplab.stream.web;

import java.security.Principal;

import dev.looplab.stream.LiveEvents;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.SpringProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;
import org.springframework.web.context.request.async.WebAsyncUtils;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Opens a Server-Sent Events stream of live events for one request: every event carries
 * its index as id, a client that sends {@code Last-Event-ID} gets exactly the events
 * after it, and each stream has a writer of its own, so the code that publishes never
 * waits for a reader. Refuses at once (429, 503) past the limits on open streams.
 */
@Component
public class EventStreams {

	private final StreamLimits limits;

	private final StreamProperties properties;

	EventStreams(StreamLimits limits, StreamProperties properties) {
		// Without it the stream Spring MVC hands the writer ignores flush() (since Spring
		// 7): events would wait until its buffer filled, and a client that left would not
		// be found by keep-alive comments, so its place would not come back.
		Assert.state(SpringProperties.getFlag(ServletServerHttpResponse.FLUSH_ENABLED_PROPERTY_NAME),
				() -> "Event streams need " + ServletServerHttpResponse.FLUSH_ENABLED_PROPERTY_NAME
						+ "=true (in spring.properties or as a system property)");
		this.limits = limits;
		this.properties = properties;
	}

	/**
	 * @return the stream; 204 No Content when a finished list has nothing after the
	 * client's {@code Last-Event-ID} (so that EventSource stops reconnecting)
	 */
	public <E> ResponseEntity<StreamingResponseBody> open(LiveEvents<E> events, EventData<E> data,
			HttpServletRequest request) {
		int next = resumeFrom(events, request.getHeader("Last-Event-ID"));
		if (events.isFinished() && next >= events.size()) {
			return ResponseEntity.noContent().build();
		}
		Runnable release = this.limits.acquire(clientOf(request));
		WebAsyncUtils.getAsyncManager(request)
			.registerCallableInterceptor(PlaceRelease.class, new PlaceRelease(release));
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_EVENT_STREAM)
			.cacheControl(CacheControl.noStore())
			// Proxies such as nginx would otherwise hold events back.
			.header("X-Accel-Buffering", "no")
			.body(new EventStreamWriter<>(events, data, this.properties, release, next));
	}

	/**
	 * The index to start at. An id past the end comes from a longer list than this one (a
	 * finished grading is rebuilt from its record as just its last event): then the last
	 * event, which sums up the rest, or the start while it is still live.
	 */
	static int resumeFrom(LiveEvents<?> events, String lastEventId) {
		if (lastEventId == null || lastEventId.isBlank()) {
			return 0;
		}
		int next;
		try {
			next = Math.addExact(Integer.parseInt(lastEventId.strip()), 1);
		}
		catch (NumberFormatException | ArithmeticException ex) {
			throw StreamRefused.badLastEventId(lastEventId);
		}
		if (next <= 0) {
			throw StreamRefused.badLastEventId(lastEventId);
		}
		int size = events.size();
		if (next > size) {
			return events.isFinished() ? size - 1 : 0;
		}
		return next;
	}

	/** Signed-in users by name, everyone else by address, as for the runs' rate limit. */
	private static String clientOf(HttpServletRequest request) {
		Principal principal = request.getUserPrincipal();
		return (principal != null) ? "user:" + principal.getName() : "addr:" + request.getRemoteAddr();
	}

}
