package dev.looplab.stream.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import dev.looplab.stream.LiveEvents;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class EventStreamWriterTests {

	private static final StreamProperties LIMITS = new StreamProperties(4, 8, DataSize.ofKilobytes(8), 1000,
			Duration.ofMinutes(5), Duration.ofSeconds(20));

	private final LiveEvents<String> events = new LiveEvents<>("end"::equals, (event) -> 64 + event.length());

	private final EventData<String> data = EventData.html((event) -> event.equals("end") ? "result" : "line",
			(event) -> !event.startsWith("hidden"), (event) -> "<li>" + event + "</li>");

	private final AtomicInteger released = new AtomicInteger();

	@Test
	void publishingNeverWaitsForAReaderThatDoesNotRead() throws Exception {
		GatedOutputStream silent = new GatedOutputStream();
		Thread writer = start(0, silent);
		this.events.publish("first");
		silent.writerArrived.await();
		// The writer is stuck in its first write, as on a socket nobody reads. Were
		// events handed to readers by the publishing thread, this would never return.
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
			for (int i = 0; i < 10_000; i++) {
				this.events.publish("line " + i);
			}
			this.events.publish("end");
		});
		silent.gate.countDown();
		writer.join();
		String sent = silent.text();
		assertThat(sent).startsWith("id:0\nevent:line\ndata:<li>first</li>\n\n");
		assertThat(sent).endsWith("event:dropped\ndata:{\"lastEventId\":0,\"message\":\"This stream fell 10001 events"
				+ " (about 711 KiB) behind the newest one; the limit is 1000 events or 8 KiB, so it was closed rather"
				+ " than let the server wait for this reader. Reconnect with the header Last-Event-ID: 0 to receive"
				+ " the rest (EventSource does so by itself).\"}\n\n");
		assertThat(this.released).hasValue(1);
	}

	@Test
	void aReplayOfStoredEventsIsNeverTooFarBehind() throws Exception {
		for (int i = 0; i < 5_000; i++) {
			this.events.publish("line " + i);
		}
		this.events.publish("end");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		start(0, out).join();
		String sent = out.toString(StandardCharsets.UTF_8);
		assertThat(sent).doesNotContain("dropped").endsWith("id:5000\nevent:result\ndata:<li>end</li>\n\n");
		assertThat(sent.split("\n\n")).hasSize(5_001);
		assertThat(this.released).hasValue(1);
	}

	@Test
	void aResumedStreamStartsRightAfterItsLastEventAndSkipsWhatThePageDoesNotShow() throws Exception {
		this.events.publish("zero");
		this.events.publish("hidden one");
		this.events.publish("two\nlines");
		this.events.publish("end");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		start(EventStreams.resumeFrom(this.events, "0"), out).join();
		assertThat(out.toString(StandardCharsets.UTF_8))
			.isEqualTo("id:2\nevent:line\ndata:<li>two\ndata:lines</li>\n\nid:3\nevent:result\ndata:<li>end</li>\n\n");
	}

	@Test
	void lastEventIdPastTheEndResumesWithTheSummaryOrFromTheStart() {
		this.events.publish("zero");
		assertThat(EventStreams.resumeFrom(this.events, null)).isZero();
		assertThat(EventStreams.resumeFrom(this.events, "0")).isEqualTo(1);
		// Still live: an id from another life of this run starts over.
		assertThat(EventStreams.resumeFrom(this.events, "41")).isZero();
		this.events.publish("end");
		// Finished, and rebuilt shorter than the client saw it: the last event sums it
		// up.
		assertThat(EventStreams.resumeFrom(this.events, "41")).isEqualTo(1);
		for (String bad : new String[] { "-1", "x", "99999999999" }) {
			assertThatThrownBy(() -> EventStreams.resumeFrom(this.events, bad))
				.isInstanceOfSatisfying(StreamRefused.class,
						(refused) -> assertThat(refused.getBody().getDetail())
							.contains("Last-Event-ID is \"" + bad + "\"")
							.contains("Leave the header out"));
		}
	}

	private Thread start(int from, OutputStream out) {
		EventStreamWriter<String> writer = new EventStreamWriter<>(this.events, this.data, LIMITS,
				this.released::incrementAndGet, from);
		return Thread.ofVirtual().start(() -> {
			try {
				writer.writeTo(out);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/** A connection whose reader reads nothing until the gate opens. */
	private static final class GatedOutputStream extends OutputStream {

		final CountDownLatch writerArrived = new CountDownLatch(1);

		final CountDownLatch gate = new CountDownLatch(1);

		private final ByteArrayOutputStream written = new ByteArrayOutputStream();

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.writerArrived.countDown();
			try {
				this.gate.await();
			}
			catch (InterruptedException ex) {
				throw new IOException(ex);
			}
			synchronized (this.written) {
				this.written.write(bytes, offset, length);
			}
		}

		String text() {
			synchronized (this.written) {
				return this.written.toString(StandardCharsets.UTF_8);
			}
		}

	}

}
