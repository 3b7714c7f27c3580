package dev.looplab.aio;

/**
 * Where the runner's {@code LearnerWaits} sends a learner's blocking sleep
 * ({@code Thread.sleep}, {@code TimeUnit.sleep}): in virtual time it advances the
 * {@link VirtualClock} for the calling thread; on a loop's thread it stalls the whole
 * loop, as {@code time.sleep} does under asyncio, and the trace records
 * {@code LOOP_BLOCKED}.
 */
public final class BlockingSleep {

	private BlockingSleep() {
	}

	/**
	 * Whether sleeps must come here rather than go to the JDK: virtual time, or a loop
	 * thread.
	 */
	public static boolean intercepts() {
		return VirtualClock.installed() != null || EventLoop.current() != null;
	}

	/**
	 * Whether the calling thread runs an event loop, whose sleeps block the whole loop
	 * (and so are no thread scheduler's business).
	 */
	public static boolean onLoopThread() {
		return EventLoop.current() != null;
	}

	/**
	 * Sleeps the calling thread.
	 * @param nanos how long
	 * @throws InterruptedException if interrupted meanwhile
	 */
	public static void sleep(long nanos) throws InterruptedException {
		if (nanos < 0) {
			throw new IllegalArgumentException("timeout value is negative");
		}
		EventLoop loop = EventLoop.current();
		if (loop == null) {
			VirtualClock clock = VirtualClock.installed();
			if (clock != null) {
				clock.sleep(nanos);
			}
			else {
				Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
			}
			return;
		}
		long from = loop.clock.nanos();
		loop.clock.blockingSleep(nanos);
		loop.tracer.emit(TraceKind.LOOP_BLOCKED, from, loop.currentTask(), null, loop.clock.nanos(),
				"blocking sleep of " + (nanos / 1_000_000) + " ms");
	}

}
