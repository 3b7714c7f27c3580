package dev.looplab.aio;

/**
 * Mirrors {@code asyncio.CancelledError}: thrown into a cancelled task at its next
 * suspension point. A task may catch it to clean up, and should re-throw it.
 */
public class CancelledError extends RuntimeException {

	/** A cancellation without a message. */
	public CancelledError() {
		super();
	}

	/**
	 * A cancellation carrying the message given to {@code cancel(msg)}.
	 * @param message the message, or {@code null}
	 */
	public CancelledError(String message) {
		super(message);
	}

}
