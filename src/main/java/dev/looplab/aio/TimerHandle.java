package dev.looplab.aio;

/**
 * Mirrors {@code asyncio.TimerHandle}: a callback due at a time on the loop's clock. Like
 * CPython's, it compares by due time only, so timers due at the same moment leave the
 * heap in heap order, not in the order they were armed (see {@link #precedes}).
 */
public final class TimerHandle extends Handle {

	final long whenNanos;

	/**
	 * Which reading of the loop's clock the due time was computed from. On CPython's real
	 * clock every reading is later than the one before, so {@code call_later(0.5)} twice
	 * gives two different due times; on the virtual clock both readings are the same
	 * instant. Comparing readings after due times restores CPython's order for timers
	 * computed from different readings, and leaves the ones computed from one reading
	 * (such as {@code call_at(when)} with the same {@code when}) equal, as they are in
	 * CPython.
	 */
	private final long reading;

	final int ownerTaskId;

	private final EventLoop loop;

	/** In the loop's heap: CPython's {@code _scheduled}. */
	boolean scheduled = true;

	TimerHandle(Runnable callback, Context context, long whenNanos, long reading, int ownerTaskId, EventLoop loop) {
		super(callback, context);
		this.whenNanos = whenNanos;
		this.reading = reading;
		this.ownerTaskId = ownerTaskId;
		this.loop = loop;
	}

	/**
	 * Mirrors {@code TimerHandle.when()}: the due time in seconds of the loop's clock.
	 */
	public double when() {
		return this.whenNanos / 1e9;
	}

	/** Mirrors {@code TimerHandle.cancel()}, which tells the loop how many are dead. */
	@Override
	public void cancel() {
		if (!cancelled() && this.scheduled) {
			this.loop.timerCancelled();
		}
		super.cancel();
	}

	/** CPython's {@code TimerHandle.__lt__}, with the clock reading as above. */
	boolean precedes(TimerHandle other) {
		return (this.whenNanos != other.whenNanos) ? this.whenNanos < other.whenNanos : this.reading < other.reading;
	}

}
