package dev.looplab.aio;

import java.util.SplittableRandom;

/**
 * Runs each iteration's ready callbacks in a random order drawn from a seed, so that one
 * program and one seed always give the same trace (in the spirit of Fray).
 */
public final class RandomOrder implements SchedulingStrategy {

	private final long seed;

	private final SplittableRandom random;

	/**
	 * @param seed the seed of the order
	 */
	public RandomOrder(long seed) {
		this.seed = seed;
		this.random = new SplittableRandom(seed);
	}

	@Override
	public int pick(int remaining) {
		return (remaining == 1) ? 0 : this.random.nextInt(remaining);
	}

	@Override
	public String toString() {
		return "RandomOrder(" + this.seed + ")";
	}

}
