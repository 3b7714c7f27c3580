package dev.looplab.stream.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * Counts the open streams per client and in total, so that no client can take every
 * connection the server has: a stream past a limit is refused at once.
 */
@Component
class StreamLimits {

	/** A stream is usually short: a run ends within seconds, a tab gets closed. */
	private static final Duration CLIENT_RETRY_AFTER = Duration.ofSeconds(10);

	private static final Duration SERVER_RETRY_AFTER = Duration.ofSeconds(30);

	private final int perClient;

	private final int total;

	private final Map<String, Integer> open = new ConcurrentHashMap<>();

	private final AtomicInteger openInTotal = new AtomicInteger();

	StreamLimits(StreamProperties properties) {
		this.perClient = properties.perClient();
		this.total = properties.total();
	}

	/**
	 * Takes a place for one more stream of this client.
	 * @return what gives the place back (once, however often it is run)
	 * @throws StreamRefused with 429 when the client holds its limit, 503 when the server
	 * does
	 */
	Runnable acquire(String client) {
		AtomicBoolean taken = new AtomicBoolean();
		this.open.compute(client, (key, count) -> {
			int now = (count != null) ? count : 0;
			if (now >= this.perClient) {
				return count;
			}
			taken.set(true);
			return now + 1;
		});
		if (!taken.get()) {
			throw StreamRefused.tooManyForClient(this.perClient, CLIENT_RETRY_AFTER);
		}
		if (this.openInTotal.incrementAndGet() > this.total) {
			this.openInTotal.decrementAndGet();
			release(client);
			throw StreamRefused.serverFull(this.total, SERVER_RETRY_AFTER);
		}
		AtomicBoolean released = new AtomicBoolean();
		return () -> {
			if (released.compareAndSet(false, true)) {
				this.openInTotal.decrementAndGet();
				release(client);
			}
		};
	}

	private void release(String client) {
		this.open.computeIfPresent(client, (key, count) -> (count > 1) ? count - 1 : null);
	}

	/** Streams open now, in total. */
	int openInTotal() {
		return this.openInTotal.get();
	}

}
