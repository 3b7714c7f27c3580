package dev.looplab.aio;

/**
 * The time source and idle wait of one event loop: virtual (the default in the sandbox)
 * or real. The loop never reads a clock or waits in any other way.
 */
interface LoopClock {

	/** Nanoseconds on this clock. */
	long nanos();

	/**
	 * Waits until the deadline ({@code Long.MAX_VALUE}: none) or until {@link #wake()}.
	 * Returns false when nothing could ever end the wait: the loop is stalled.
	 */
	boolean idle(long deadline);

	/** Ends the current or the next {@link #idle} early; any thread may call it. */
	void wake();

	/** The loop thread starts running the loop. */
	void attach();

	/** The loop thread is done with the loop. */
	void detach();

	/** An executor job was queued; time waits for it. */
	void jobStarted();

	/** An executor job ended (after posting its result to the loop). */
	void jobFinished();

	/** A blocking sleep on the loop's own thread: the whole loop stalls. */
	void blockingSleep(long nanos) throws InterruptedException;

	static LoopClock forThisRun() {
		VirtualClock virtual = VirtualClock.installed();
		return (virtual != null) ? new VirtualLoopClock(virtual) : new RealLoopClock();
	}

}
