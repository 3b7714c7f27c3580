package dev.looplab.runner.threads;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * Where learner code parks and unparks: the sandbox rewrites {@code LockSupport.park},
 * {@code parkNanos} and {@code unpark} into calls to these methods. A scheduled thread
 * parks on the scheduler, in virtual time, with the JDK's rule of one permit per thread:
 * an unpark before the park lets the park return at once. Like the JDK's, a park may also
 * return on an interrupt, without an exception. Otherwise, the JDK's own calls.
 */
public final class LearnerParking {

	/** Threads with a permit; guarded by the scheduler's lock. */
	private static final Set<Thread> PERMITS = new HashSet<>();

	/** The parked threads, each on its own list, so an unpark wakes only that one. */
	private static final Map<Thread, WaitList> PARKED = new HashMap<>();

	private LearnerParking() {
	}

	public static void park() {
		if (!LearnerThreads.schedules()) {
			LockSupport.park();
			return;
		}
		parkFor(SchedulerWait.FOREVER);
	}

	public static void park(Object blocker) {
		if (!LearnerThreads.schedules()) {
			LockSupport.park(blocker);
			return;
		}
		parkFor(SchedulerWait.FOREVER);
	}

	public static void parkNanos(long nanos) {
		if (!LearnerThreads.schedules()) {
			LockSupport.parkNanos(nanos);
			return;
		}
		if (nanos > 0) {
			parkFor(nanos);
		}
	}

	public static void parkNanos(Object blocker, long nanos) {
		parkNanos(nanos);
	}

	public static void unpark(Thread thread) {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		if (scheduler == null || thread == null) {
			LockSupport.unpark(thread);
			return;
		}
		scheduler.lock.lock();
		try {
			PERMITS.add(thread);
			WaitList parked = PARKED.get(thread);
			if (parked != null) {
				SchedulerWait.wakeAll(scheduler, parked);
			}
			else {
				// A thread outside the scheduler parks in the JDK.
				LockSupport.unpark(thread);
			}
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	private static void parkFor(long nanos) {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		Thread me = Thread.currentThread();
		scheduler.lock.lock();
		try {
			WaitList parked = new WaitList("an unpark");
			PARKED.put(me, parked);
			try {
				SchedulerWait.until(scheduler, parked, () -> PERMITS.contains(me) || me.isInterrupted(), nanos, "wait");
			}
			catch (InterruptedException ex) {
				// A park returns on an interrupt and leaves the flag set.
				me.interrupt();
			}
			PARKED.remove(me);
			PERMITS.remove(me);
		}
		finally {
			scheduler.lock.unlock();
		}
	}

}
