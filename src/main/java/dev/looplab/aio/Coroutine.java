package dev.looplab.aio;

/**
 * A task body that produces a value, like an {@code async def} that returns something.
 * Calling it directly runs it to completion in the caller (Python's
 * {@code await coro()}); {@link Aio#createTask(Coroutine)} makes it run concurrently.
 *
 * @param <T> the value it returns
 */
@FunctionalInterface
public interface Coroutine<T> {

	/**
	 * Runs the body; it may suspend at any {@code await}, {@code Aio.sleep} or primitive.
	 * @return the body's result
	 * @throws Exception whatever the body throws, delivered to whoever awaits it
	 */
	T call() throws Exception;

}
