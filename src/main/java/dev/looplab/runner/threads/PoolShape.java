package dev.looplab.runner.threads;

/**
 * How a {@link ScheduledPool} is made, as the JDK makes the pool it stands in for: its
 * name, its number of workers, how the workers are named, whether they are daemons (the
 * run need not wait for them) and whether each task gets a new thread.
 *
 * @param name the pool's name in messages: {@code pool-1}, {@code ForkJoinPool-1}
 * @param size the most workers, or 0 for as many as there are tasks
 * @param workerPrefix the name of worker k is this followed by k; null: unnamed (virtual
 * threads have no name)
 * @param daemon whether the workers are daemon threads
 * @param perTask whether each task gets a thread of its own that ends with it
 */
record PoolShape(String name, int size, String workerPrefix, boolean daemon, boolean perTask) {

	/**
	 * The common pool's parallelism: that of the JDK on the default simulated machine of
	 * 4 cores (cores - 1), whatever machine the run is on.
	 */
	static final int COMMON_PARALLELISM = 3;

	/** What {@code Runtime.availableProcessors()} means for a work-stealing pool. */
	static final int DEFAULT_CORES = 4;

	/** Numbers pools as the JDK's default thread factory does, from 1. */
	private static int pools;

	/** Numbers ForkJoinPools as the JDK does, from 1. */
	private static int forkJoinPools;

	static synchronized PoolShape fixed(int size) {
		String name = "pool-" + (++pools);
		return new PoolShape(name, size, name + "-thread-", false, false);
	}

	static PoolShape cached() {
		return fixed(0);
	}

	static PoolShape common() {
		return new PoolShape("ForkJoinPool.commonPool", COMMON_PARALLELISM, "ForkJoinPool.commonPool-worker-", true,
				false);
	}

	static synchronized PoolShape workStealing(int parallelism) {
		String name = "ForkJoinPool-" + (++forkJoinPools);
		return new PoolShape(name, parallelism, name + "-worker-", true, false);
	}

	static PoolShape virtualPerTask() {
		return new PoolShape("a virtual-thread executor", 0, null, true, true);
	}

	String workerName(int number) {
		return (this.workerPrefix != null) ? this.workerPrefix + number : "";
	}

}
