package dev.looplab.aio;

/**
 * A task body without a value, like an {@code async def} that returns {@code None}.
 */
@FunctionalInterface
public interface AsyncRunnable {

	/**
	 * Runs the body; it may suspend at any {@code await}, {@code Aio.sleep} or primitive.
	 * @throws Exception whatever the body throws, delivered to whoever awaits it
	 */
	void run() throws Exception;

	/** The body as a {@link Coroutine} that returns {@code null}. */
	default Coroutine<Object> asCoroutine() {
		return () -> {
			run();
			return null;
		};
	}

}
