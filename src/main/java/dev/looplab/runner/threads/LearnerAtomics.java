package dev.looplab.runner.threads;

/**
 * Where learner code uses an atomic: the sandbox puts a call of {@link #access} before
 * every call of an instance method of {@code AtomicInteger}, {@code AtomicLong},
 * {@code AtomicBoolean}, {@code AtomicReference}, the atomic arrays, {@code LongAdder}
 * and {@code DoubleAdder}. Under a seed each access is a scheduling point, so that a
 * {@code get} followed by a {@code set} can lose an update for some seeds, while
 * {@code incrementAndGet} never does: the operation itself stays the JDK's, atomic.
 * Without a seed or a scheduler it does nothing.
 */
public final class LearnerAtomics {

	private LearnerAtomics() {
	}

	public static void access() {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		if (scheduler == null || !scheduler.seeded()) {
			return;
		}
		scheduler.lock.lock();
		try {
			SchedulerWait.point(scheduler);
		}
		finally {
			scheduler.lock.unlock();
		}
	}

}
