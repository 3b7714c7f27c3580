package dev.looplab.stream.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.looplab.stream.LiveEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * One reader's writer, on a thread of its own: sends the events from its position on,
 * each with its index as id, and waits for more. A reader that falls too far behind the
 * newest event gets a last {@code dropped} event and the stream ends; it resumes with
 * {@code Last-Event-ID}. Events that were already there when it subscribed (a replay)
 * never count as falling behind: they are stored anyway, and it reads them at its own
 * pace.
 */
final class EventStreamWriter<E> implements StreamingResponseBody {

	private static final Logger log = LoggerFactory.getLogger(EventStreamWriter.class);

	private static final Duration PROBE_DELAY = Duration.ofSeconds(1);

	private final LiveEvents<E> events;

	private final EventData<E> data;

	private final StreamProperties limits;

	private final Runnable release;

	private final int liveFrom;

	private int next;

	EventStreamWriter(LiveEvents<E> events, EventData<E> data, StreamProperties limits, Runnable release, int next) {
		this.events = events;
		this.data = data;
		this.limits = limits;
		this.release = release;
		this.next = next;
		this.liveFrom = events.size();
	}

	@Override
	public void writeTo(OutputStream out) throws IOException {
		try {
			stream(out);
		}
		catch (IOException ex) {
			// The reader went away, its write timed out, or the request already ended
			// (Spring MVC's stream then refuses writes); what it followed goes on.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			// A page that cannot render an event loses its stream; what it followed goes
			// on.
			log.warn("Closed an event stream that failed at event {}", this.next, ex);
		}
		finally {
			this.release.run();
		}
	}

	private void stream(OutputStream out) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + this.limits.maxDuration().toNanos();
		// Sends the headers at once: the client knows its stream is open (EventSource's
		// open event) even while the run waits for its first event.
		out.flush();
		// A client that closed its end is found only by writing to it, and the first
		// write after it closed still succeeds (it only makes the client's system answer
		// with a reset). So every write is followed soon by a probe, a comment, which
		// then fails: a client that left gives its place back within the keep-alive
		// interval plus the probe delay, not within twice the interval.
		Duration probe = probeDelay(this.limits.keepAlive());
		boolean probed = false;
		while (true) {
			if (System.nanoTime() - deadline >= 0) {
				dropped(out, "This stream was open for %d s, the longest one may stay open."
					.formatted(this.limits.maxDuration().toSeconds()));
				return;
			}
			if (!this.events.await(this.next, probed ? this.limits.keepAlive() : probe)) {
				if (this.events.isFinished()) {
					return;
				}
				out.write(": keep-alive\n\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
				// Comments alternate: a probe, then after the interval a keep-alive.
				probed = !probed;
				continue;
			}
			probed = false;
			int available = this.events.size();
			while (this.next < available) {
				String behind = behind();
				if (behind != null) {
					dropped(out, behind);
					return;
				}
				E event = this.events.get(this.next);
				if (this.data.shown(event)) {
					String head = "id:" + this.next + "\nevent:" + this.data.name(event) + "\n";
					out.write(head.getBytes(StandardCharsets.UTF_8));
					this.data.writeData(event, out);
					out.write('\n');
				}
				this.next++;
			}
			out.flush();
			if (this.events.isFinished() && this.next >= this.events.size()) {
				return;
			}
		}
	}

	/**
	 * How soon after a write a quiet stream writes again to find a client that left: a
	 * second, long enough for its reset to come back over most networks, or half the
	 * keep-alive interval when that is shorter.
	 */
	static Duration probeDelay(Duration keepAlive) {
		Duration half = keepAlive.dividedBy(2);
		return (half.compareTo(PROBE_DELAY) < 0) ? half : PROBE_DELAY;
	}

	/** Why this reader is too far behind the newest event, or null when it is not. */
	private String behind() {
		int from = Math.max(this.next, this.liveFrom);
		int lagEvents = this.events.size() - from;
		long lagBytes = this.events.bytesFrom(from);
		if (lagEvents > this.limits.maxLagEvents() || lagBytes > this.limits.maxLagBytes().toBytes()) {
			return ("This stream fell %d events (about %d KiB) behind the newest one; the limit is %d events or %d KiB,"
					+ " so it was closed rather than let the server wait for this reader.")
				.formatted(lagEvents, lagBytes / 1024, this.limits.maxLagEvents(),
						this.limits.maxLagBytes().toKilobytes());
		}
		return null;
	}

	/** The last event of a stream ended early: what happened, and how to get the rest. */
	private void dropped(OutputStream out, String why) throws IOException {
		int lastSent = this.next - 1;
		String resume = (lastSent >= 0)
				? " Reconnect with the header Last-Event-ID: %d to receive the rest (EventSource does so by itself)."
					.formatted(lastSent)
				: " Reconnect to receive every event from the start.";
		out.write("event:dropped\n".getBytes(StandardCharsets.US_ASCII));
		EventData.writeLines("{\"lastEventId\":%d,\"message\":\"%s\"}".formatted(lastSent, why + resume), out);
		out.write('\n');
		out.flush();
	}

}
