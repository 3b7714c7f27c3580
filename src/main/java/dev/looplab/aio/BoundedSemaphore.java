package dev.looplab.aio;

/** Mirrors {@code asyncio.BoundedSemaphore}: releasing more than acquired is an error. */
public final class BoundedSemaphore extends Semaphore {

	private final int bound;

	/**
	 * Mirrors {@code asyncio.BoundedSemaphore(value)}.
	 * @param value the initial and highest count
	 */
	public BoundedSemaphore(int value) {
		super(value);
		this.bound = value;
	}

	/** Mirrors {@code BoundedSemaphore.release()}: raises past the initial value. */
	@Override
	public void release() {
		if (this.value >= this.bound) {
			throw new IllegalArgumentException("BoundedSemaphore released too many times");
		}
		super.release();
	}

}
