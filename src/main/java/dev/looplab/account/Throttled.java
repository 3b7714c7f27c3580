package dev.looplab.account;

import java.time.Duration;

/**
 * Why an attempt was refused before it was even checked, and when to try again.
 *
 * @param retryAfter how long until an attempt is allowed again
 * @param message what to tell the person, ending with when to try again
 */
public record Throttled(Duration retryAfter, String message) {

	static Throttled after(Duration wait, String reason) {
		long seconds = seconds(wait);
		return new Throttled(Duration.ofSeconds(seconds), reason + "; try again in " + seconds + " s.");
	}

	/**
	 * The wait in whole seconds, rounded up and at least 1, as {@code Retry-After} wants.
	 */
	public long retryAfterSeconds() {
		return this.retryAfter.toSeconds();
	}

	private static long seconds(Duration wait) {
		long seconds = wait.toSeconds() + ((wait.toNanosPart() > 0) ? 1 : 0);
		return Math.max(1, seconds);
	}

}
