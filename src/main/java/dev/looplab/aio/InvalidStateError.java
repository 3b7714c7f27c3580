package dev.looplab.aio;

/**
 * Mirrors {@code asyncio.InvalidStateError}: a future's result was read before it was
 * set, or set twice.
 */
public class InvalidStateError extends IllegalStateException {

	/**
	 * @param message what was wrong
	 */
	public InvalidStateError(String message) {
		super(message);
	}

}
