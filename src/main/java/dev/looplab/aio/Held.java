package dev.looplab.aio;

/**
 * What {@code async with lock:} holds: closing it releases the lock or semaphore, so
 * {@code try (var held = lock.hold()) { ... }} reads like Python's block.
 */
@FunctionalInterface
public interface Held extends AutoCloseable {

	/** Releases what was acquired. */
	@Override
	void close();

}
