package dev.looplab.runner.threads;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one way the scheduler's stand-ins for {@code java.util.concurrent} (futures, locks,
 * latches, queues) wait for a condition: a scheduled thread blocks on a {@link WaitList}
 * in virtual time, so the wait is a scheduling point, shows on the timeline and counts
 * for the deadlock detector; a thread outside the scheduler waits in real time on the
 * scheduler's lock, as it would in the JDK. Called with the scheduler's lock held;
 * whoever makes the condition true wakes the list.
 */
final class SchedulerWait {

	/** A timeout that never ends. */
	static final long FOREVER = -1;

	private SchedulerWait() {
	}

	/**
	 * Waits until {@code ready} holds, at most {@code nanos} (virtual nanos for a
	 * scheduled thread, {@link #FOREVER}: no timeout), and says whether it holds.
	 * @throws InterruptedException when interrupted before or while waiting
	 */
	static boolean until(ThreadScheduler scheduler, WaitList list, BooleanSupplier ready, long nanos, String waitingOn)
			throws InterruptedException {
		Strand me = scheduler.strandOf(Thread.currentThread());
		long deadline = scheduler.now() + Math.max(0, nanos);
		long realLeft = nanos;
		while (!ready.getAsBoolean()) {
			if (me != null) {
				long left = deadline - scheduler.now();
				if (nanos != FOREVER && left <= 0) {
					return false;
				}
				list.await(scheduler, me, (nanos != FOREVER) ? left : 0, waitingOn);
			}
			else if (Thread.interrupted()) {
				throw new InterruptedException();
			}
			else if (nanos == FOREVER) {
				scheduler.outsiders.await();
			}
			else if (realLeft <= 0) {
				return false;
			}
			else {
				realLeft = scheduler.outsiders.awaitNanos(realLeft);
			}
		}
		return true;
	}

	/**
	 * As {@link #until} without a timeout, for the waits the JDK makes uninterruptible
	 * ({@code lock()}, {@code join()}): an interrupt is kept for later.
	 */
	static void uninterruptibly(ThreadScheduler scheduler, WaitList list, BooleanSupplier ready, String waitingOn) {
		boolean interrupted = false;
		while (true) {
			try {
				until(scheduler, list, ready, FOREVER, waitingOn);
				break;
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A scheduling point for the calling thread, if it is a scheduled one: with a seed,
	 * another thread may run first.
	 */
	static void point(ThreadScheduler scheduler) {
		Strand me = scheduler.strandOf(Thread.currentThread());
		if (me != null) {
			scheduler.point(me, false);
		}
	}

	/** Runs the action with the scheduler's lock held. */
	static <T> T locked(ThreadScheduler scheduler, Action<T> action) throws InterruptedException {
		scheduler.lock.lock();
		try {
			return action.run();
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	/** Runs the action, which cannot be interrupted, with the scheduler's lock held. */
	static <T> T lockedUninterruptibly(ThreadScheduler scheduler, Supplier<T> action) {
		scheduler.lock.lock();
		try {
			return action.get();
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	/** Wakes every thread of the list, and the scheduler if no thread was running. */
	static void wakeAll(ThreadScheduler scheduler, WaitList list) {
		list.wakeAll(scheduler);
		scheduler.kick();
	}

	/** Work done under the scheduler's lock that may be interrupted. */
	@FunctionalInterface
	interface Action<T> {

		T run() throws InterruptedException;

	}

}
