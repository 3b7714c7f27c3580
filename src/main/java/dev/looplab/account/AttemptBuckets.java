package dev.looplab.account;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * A token bucket per key (a user name or an address), in a map of bounded size. A key
 * unused for a whole window is dropped: its bucket would be full again anyway, so nothing
 * is lost. Time comes from an {@link InstantSource} so that tests can move it.
 */
final class AttemptBuckets {

	private final int capacity;

	private final Duration window;

	private final TimeMeter time;

	private final Cache<String, Bucket> buckets;

	AttemptBuckets(int capacity, Duration window, int maxKeys, InstantSource clock) {
		if (capacity < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException(
					"An allowance needs at least 1 attempt and a positive window, not " + capacity + " per " + window);
		}
		this.capacity = capacity;
		this.window = window;
		this.time = new InstantSourceTimeMeter(clock);
		Ticker ticker = this.time::currentTimeNanos;
		this.buckets = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(window).ticker(ticker).build();
	}

	/**
	 * Takes one attempt from the key's allowance.
	 * @return zero if it was taken, otherwise how long until one is back (nothing taken)
	 */
	Duration take(String key) {
		ConsumptionProbe probe = this.buckets.get(key, this::newBucket).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
	}

	/** Returns an attempt that turned out not to count. */
	void giveBack(String key) {
		Bucket bucket = this.buckets.getIfPresent(key);
		if (bucket != null) {
			bucket.addTokens(1);
		}
	}

	/** Restores the key's whole allowance. */
	void forget(String key) {
		this.buckets.invalidate(key);
	}

	private Bucket newBucket(String key) {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(this.capacity).refillGreedy(this.capacity, this.window))
			.withCustomTimePrecision(this.time)
			.build();
	}

	/** Bucket4j's clock, read from the injected source. */
	private record InstantSourceTimeMeter(InstantSource clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = this.clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
