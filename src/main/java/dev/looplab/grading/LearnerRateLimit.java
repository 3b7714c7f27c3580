package dev.looplab.grading;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.http.HttpStatus;

/**
 * A token bucket per learner for one kind of request (submissions or checks), so that one
 * learner cannot keep every grader busy. Buckets of learners not seen for a while are
 * dropped; the map never holds more than {@link #MAX_LEARNERS}.
 */
final class LearnerRateLimit {

	private static final int MAX_LEARNERS = 10_000;

	private final String what;

	private final int capacity;

	private final int refillPerMinute;

	private final Map<String, Bucket> buckets = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_LEARNERS;
		}
	};

	/**
	 * @param what the requests counted, in the plural ("submissions"), for the message
	 */
	LearnerRateLimit(String what, int capacity, int refillPerMinute) {
		this.what = what;
		this.capacity = capacity;
		this.refillPerMinute = refillPerMinute;
	}

	void acquire(String learner) {
		ConsumptionProbe probe = bucket(learner).tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
			throw new GradingRejected(HttpStatus.TOO_MANY_REQUESTS, "Too many " + this.what,
					"You made more than %d %s in a short time. Wait %d s, then try again.".formatted(this.capacity,
							this.what, seconds),
					Duration.ofSeconds(seconds));
		}
	}

	private synchronized Bucket bucket(String learner) {
		return this.buckets.computeIfAbsent(learner,
				(key) -> Bucket.builder()
					.addLimit((bandwidth) -> bandwidth.capacity(this.capacity)
						.refillGreedy(this.refillPerMinute, Duration.ofMinutes(1)))
					.build());
	}

}
