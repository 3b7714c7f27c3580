package dev.looplab.runner.threads;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Where learner code makes a thread pool: the sandbox rewrites
 * {@code Executors.newFixedThreadPool(n)}, {@code newCachedThreadPool()} and
 * {@code newSingleThreadExecutor()} into calls to these methods. A scheduled thread gets
 * a {@link ScheduledPool}; otherwise the JDK's pool.
 */
public final class LearnerPools {

	private LearnerPools() {
	}

	public static ExecutorService newFixedThreadPool(int threads) {
		if (threads <= 0) {
			throw new IllegalArgumentException();
		}
		ThreadScheduler scheduler = scheduler();
		return (scheduler != null) ? new ScheduledPool(scheduler, threads) : Executors.newFixedThreadPool(threads);
	}

	public static ExecutorService newCachedThreadPool() {
		ThreadScheduler scheduler = scheduler();
		return (scheduler != null) ? new ScheduledPool(scheduler, 0) : Executors.newCachedThreadPool();
	}

	public static ExecutorService newSingleThreadExecutor() {
		ThreadScheduler scheduler = scheduler();
		return (scheduler != null) ? new ScheduledPool(scheduler, 1) : Executors.newSingleThreadExecutor();
	}

	/** The scheduler, when the calling thread is one of its threads. */
	private static ThreadScheduler scheduler() {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		return (scheduler != null && scheduler.strandOf(Thread.currentThread()) != null) ? scheduler : null;
	}

}
