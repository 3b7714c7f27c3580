package dev.looplab.sandbox;

import java.time.Duration;

/**
 * A new run or check is refused at once rather than left waiting without end: either
 * every sandbox is busy and the line of those waiting for one is full, or the same client
 * already has as many waiting as one client may.
 */
public class SandboxBusy extends RuntimeException {

	private final int waiting;

	private final boolean ownShare;

	private final Duration retryAfter;

	private SandboxBusy(String message, int waiting, boolean ownShare, Duration retryAfter) {
		super(message);
		this.waiting = waiting;
		this.ownShare = ownShare;
		this.retryAfter = retryAfter;
	}

	static SandboxBusy lineFull(int waiting, Duration retryAfter) {
		return new SandboxBusy("Every sandbox is busy and %d are already waiting for one. Try again in %d s."
			.formatted(waiting, retryAfter.toSeconds()), waiting, false, retryAfter);
	}

	static SandboxBusy ownShareTaken(int waiting, Duration retryAfter) {
		return new SandboxBusy(
				"You already have %d programs waiting for a sandbox, as many as one person may. Wait for them to finish, then try again."
					.formatted(waiting),
				waiting, true, retryAfter);
	}

	/**
	 * How many runs, checks and gradings were waiting: all of them, or the client's own
	 * when {@link #ownShare()}.
	 */
	public int waiting() {
		return this.waiting;
	}

	/** Whether the client's own share of the line was full, rather than the line. */
	public boolean ownShare() {
		return this.ownShare;
	}

	/** How long to wait before trying again. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
