package dev.looplab.stream.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiConsumer;

import dev.looplab.stream.LiveEvents;
import jakarta.servlet.AsyncEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.async.StandardServletAsyncWebRequest;
import org.springframework.web.context.request.async.WebAsyncManager;
import org.springframework.web.context.request.async.WebAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A stream's place under the limits comes back when the container ends its request,
 * whatever its writer is doing: here the writer never even runs.
 */
class EventStreamsTests {

	private static final StreamProperties ONE_STREAM = new StreamProperties(1, 1, DataSize.ofMegabytes(1), 1000,
			Duration.ofMinutes(5), Duration.ofSeconds(20));

	private final StreamLimits limits = new StreamLimits(ONE_STREAM);

	private final EventStreams streams = new EventStreams(this.limits, ONE_STREAM);

	private final LiveEvents<String> events = new LiveEvents<>("end"::equals, String::length);

	private final CountDownLatch writerMayGo = new CountDownLatch(1);

	@AfterEach
	void letWritersGo() {
		this.writerMayGo.countDown();
	}

	@Test
	void aFailedRequestGivesItsPlaceBack() throws Exception {
		givesItsPlaceBack((async, event) -> onError(async, event));
	}

	@Test
	void aTimedOutRequestGivesItsPlaceBack() throws Exception {
		givesItsPlaceBack((async, event) -> onTimeout(async, event));
	}

	@Test
	void aCompletedRequestGivesItsPlaceBack() throws Exception {
		givesItsPlaceBack((async, event) -> onComplete(async, event));
	}

	private void givesItsPlaceBack(BiConsumer<StandardServletAsyncWebRequest, AsyncEvent> containerEnds)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/runs/r/events");
		request.setAsyncSupported(true);
		StandardServletAsyncWebRequest async = new StandardServletAsyncWebRequest(request,
				new MockHttpServletResponse());
		this.streams.open(this.events, EventData.html((event) -> "line", (event) -> true, (event) -> event), request);
		assertThatThrownBy(() -> this.streams.open(this.events,
				EventData.html((event) -> "line", (event) -> true, (event) -> event), request))
			.isInstanceOf(StreamRefused.class);

		WebAsyncManager manager = WebAsyncUtils.getAsyncManager(request);
		manager.setAsyncWebRequest(async);
		manager.setTaskExecutor(new SimpleAsyncTaskExecutor());
		// A writer that does not end by itself (stuck in a write, or never started).
		manager.startCallableProcessing(() -> {
			this.writerMayGo.await();
			return null;
		});
		containerEnds.accept(async, new AsyncEvent(request.getAsyncContext(), new IOException("Broken pipe")));

		assertThat(this.limits.openInTotal()).isZero();
	}

	private static void onError(StandardServletAsyncWebRequest async, AsyncEvent event) {
		try {
			async.onError(event);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void onTimeout(StandardServletAsyncWebRequest async, AsyncEvent event) {
		try {
			async.onTimeout(event);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void onComplete(StandardServletAsyncWebRequest async, AsyncEvent event) {
		try {
			async.onComplete(event);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
