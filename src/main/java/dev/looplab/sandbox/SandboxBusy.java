package dev.looplab.sandbox;

import java.time.Duration;

/**
 * Every sandbox is busy and the line of those waiting for one is full, so a new run or
 * check is refused at once rather than left waiting without end.
 */
public class SandboxBusy extends RuntimeException {

	private final int waiting;

	private final Duration retryAfter;

	SandboxBusy(int waiting, Duration retryAfter) {
		super("Every sandbox is busy and %d are already waiting for one. Try again in %d s.".formatted(waiting,
				retryAfter.toSeconds()));
		this.waiting = waiting;
		this.retryAfter = retryAfter;
	}

	/** How many runs, checks and gradings were waiting. */
	public int waiting() {
		return this.waiting;
	}

	/** How long to wait before trying again. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
