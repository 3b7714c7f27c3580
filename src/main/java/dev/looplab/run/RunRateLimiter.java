package dev.looplab.run;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client, so one caller cannot keep every sandbox busy. Buckets of
 * clients not seen for a while are dropped; the map never holds more than
 * {@link #MAX_CLIENTS}.
 */
@Component
class RunRateLimiter {

	private static final int MAX_CLIENTS = 10_000;

	private final RunProperties.RateLimit limit;

	private final Map<String, Bucket> buckets = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_CLIENTS;
		}
	};

	RunRateLimiter(RunProperties properties) {
		this.limit = properties.rateLimit();
	}

	void acquire(String client) {
		ConsumptionProbe probe = bucket(client).tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
			long seconds = Math.max(1, wait.toSeconds() + 1);
			throw new RunRejected(HttpStatus.TOO_MANY_REQUESTS, "Too many runs",
					"You started more than %d runs in a short time. Wait %d s, then run again."
						.formatted(this.limit.capacity(), seconds),
					Duration.ofSeconds(seconds));
		}
	}

	private synchronized Bucket bucket(String client) {
		return this.buckets.computeIfAbsent(client,
				(key) -> Bucket.builder()
					.addLimit((bandwidth) -> bandwidth.capacity(this.limit.capacity())
						.refillGreedy(this.limit.refillPerMinute(), Duration.ofMinutes(1)))
					.build());
	}

}
