package dev.looplab.aio;

/**
 * Chooses which of the callbacks that are ready in one loop iteration runs next. Every
 * strategy keeps asyncio's iteration rule (callbacks queued meanwhile wait for the next
 * iteration); {@link Fifo} is asyncio's own order, {@link RandomOrder} explores other
 * legal orders reproducibly from a seed.
 */
public interface SchedulingStrategy {

	/**
	 * Picks the next callback among those left in this iteration's batch.
	 * @param remaining how many are left (at least 1), in queue order
	 * @return the index of the one to run next, from 0 to {@code remaining - 1}
	 */
	int pick(int remaining);

	/** asyncio's order: first queued, first run. */
	static SchedulingStrategy fifo() {
		return Fifo.INSTANCE;
	}

	/**
	 * A seeded shuffle of each iteration's batch: the same seed gives the same order.
	 * @param seed the seed
	 */
	static SchedulingStrategy randomOrder(long seed) {
		return new RandomOrder(seed);
	}

}
