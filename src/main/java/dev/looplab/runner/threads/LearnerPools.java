package dev.looplab.runner.threads;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Where learner code makes a thread pool: the sandbox rewrites
 * {@code Executors.newFixedThreadPool(n)}, {@code newCachedThreadPool()},
 * {@code newSingleThreadExecutor()}, {@code newWorkStealingPool} and
 * {@code newVirtualThreadPerTaskExecutor()} into calls to these methods. A scheduled
 * thread gets a {@link ScheduledPool}; otherwise the JDK's pool.
 */
public final class LearnerPools {

	private LearnerPools() {
	}

	public static ExecutorService newFixedThreadPool(int threads) {
		if (threads <= 0) {
			throw new IllegalArgumentException();
		}
		ThreadScheduler scheduler = scheduler();
		return (scheduler != null) ? new ScheduledPool(scheduler, PoolShape.fixed(threads))
				: Executors.newFixedThreadPool(threads);
	}

	public static ExecutorService newCachedThreadPool() {
		ThreadScheduler scheduler = scheduler();
		return (scheduler != null) ? new ScheduledPool(scheduler, PoolShape.cached()) : Executors.newCachedThreadPool();
	}

	public static ExecutorService newSingleThreadExecutor() {
		ThreadScheduler scheduler = scheduler();
		return (scheduler != null) ? new ScheduledPool(scheduler, PoolShape.fixed(1))
				: Executors.newSingleThreadExecutor();
	}

	public static ExecutorService newWorkStealingPool() {
		ThreadScheduler scheduler = scheduler();
		return (scheduler != null) ? new ScheduledPool(scheduler, PoolShape.workStealing(PoolShape.DEFAULT_CORES))
				: Executors.newWorkStealingPool();
	}

	public static ExecutorService newWorkStealingPool(int parallelism) {
		if (parallelism <= 0) {
			throw new IllegalArgumentException();
		}
		ThreadScheduler scheduler = scheduler();
		return (scheduler != null) ? new ScheduledPool(scheduler, PoolShape.workStealing(parallelism))
				: Executors.newWorkStealingPool(parallelism);
	}

	public static ExecutorService newVirtualThreadPerTaskExecutor() {
		ThreadScheduler scheduler = scheduler();
		return (scheduler != null) ? new ScheduledPool(scheduler, PoolShape.virtualPerTask())
				: Executors.newVirtualThreadPerTaskExecutor();
	}

	/** The scheduler, when the calling thread is one of its threads. */
	private static ThreadScheduler scheduler() {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		return (scheduler != null && scheduler.strandOf(Thread.currentThread()) != null) ? scheduler : null;
	}

}
