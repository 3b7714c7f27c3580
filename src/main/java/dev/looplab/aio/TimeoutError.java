package dev.looplab.aio;

/**
 * Mirrors {@code TimeoutError} as raised by {@code asyncio.wait_for}: the awaited work
 * did not finish in time and was cancelled.
 */
public class TimeoutError extends RuntimeException {

	/** A timeout without a cause. */
	public TimeoutError() {
		super();
	}

	/**
	 * A timeout caused by the inner work's cancellation.
	 * @param cause the {@link CancelledError} of the inner work
	 */
	public TimeoutError(Throwable cause) {
		super(null, cause);
	}

}
