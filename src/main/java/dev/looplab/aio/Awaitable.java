package dev.looplab.aio;

/**
 * Something a task can await, like Python's awaitables: a {@link Future} (or
 * {@link Task}), or one step of {@code Aio.asCompleted}.
 *
 * @param <T> the result's type
 */
@FunctionalInterface
public interface Awaitable<T> {

	/**
	 * Mirrors {@code await aw}: suspends the calling task until the result is there.
	 * @return the result
	 */
	T await();

}
