package dev.looplab.aio;

import java.util.Set;

/**
 * Mirrors the {@code (done, pending)} pair that {@code asyncio.wait} returns. The sets
 * keep the order the futures were given in (CPython's sets have no reliable order).
 *
 * @param done the futures that are done
 * @param pending the others
 */
public record DoneAndPending(Set<Future<?>> done, Set<Future<?>> pending) {
}
