package dev.looplab.aio;

/**
 * Mirrors {@code asyncio.TimerHandle}: a callback due at a time on the loop's clock.
 * Timers due at the same time run in the order they were armed.
 */
public final class TimerHandle extends Handle implements Comparable<TimerHandle> {

	final long whenNanos;

	private final long seq;

	final int ownerTaskId;

	TimerHandle(Runnable callback, Context context, long whenNanos, long seq, int ownerTaskId) {
		super(callback, context);
		this.whenNanos = whenNanos;
		this.seq = seq;
		this.ownerTaskId = ownerTaskId;
	}

	/**
	 * Mirrors {@code TimerHandle.when()}: the due time in seconds of the loop's clock.
	 */
	public double when() {
		return this.whenNanos / 1e9;
	}

	@Override
	public int compareTo(TimerHandle other) {
		int byTime = Long.compare(this.whenNanos, other.whenNanos);
		return (byTime != 0) ? byTime : Long.compare(this.seq, other.seq);
	}

}
