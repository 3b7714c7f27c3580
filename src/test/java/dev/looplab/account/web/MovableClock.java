package dev.looplab.account.web;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it, so throttle windows pass without
 * waiting.
 */
final class MovableClock implements InstantSource {

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T08:00:00Z"));

	@Override
	public Instant instant() {
		return this.now.get();
	}

	void advance(Duration duration) {
		this.now.updateAndGet((instant) -> instant.plus(duration));
	}

}
