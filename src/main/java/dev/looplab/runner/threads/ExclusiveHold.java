package dev.looplab.runner.threads;

import java.util.function.BooleanSupplier;

/**
 * The state of a re-entrant exclusive lock under the scheduler: its owner and hold count,
 * and the threads waiting to take it. It is a {@code ReentrantLock}'s, and a
 * {@code ReentrantReadWriteLock}'s write lock, which may also be kept by readers
 * ({@code othersHold}). Every method is called with the scheduler's lock held.
 */
final class ExclusiveHold {

	final WaitList entrants;

	/** Whether holders of another kind keep the lock from a new owner (readers). */
	private final BooleanSupplier othersHold;

	private Thread owner;

	private int holds;

	ExclusiveHold(WaitList entrants, BooleanSupplier othersHold) {
		this.entrants = entrants;
		this.othersHold = othersHold;
	}

	/** {@code lock()}: waits as long as it takes; an interrupt is kept for later. */
	void lock(ThreadScheduler scheduler) {
		SchedulerWait.point(scheduler);
		SchedulerWait.uninterruptibly(scheduler, this.entrants, this::free, "lock");
		take(1);
	}

	/**
	 * {@code tryLock} with a timeout in virtual nanos ({@link SchedulerWait#FOREVER}:
	 * none, as {@code lockInterruptibly}); with {@code interruptible}, an interrupt
	 * throws.
	 */
	boolean tryLock(ThreadScheduler scheduler, long nanos, boolean interruptible) throws InterruptedException {
		if (interruptible && Thread.interrupted()) {
			throw new InterruptedException();
		}
		SchedulerWait.point(scheduler);
		if (!SchedulerWait.until(scheduler, this.entrants, this::free, nanos, "lock")) {
			return false;
		}
		take(1);
		return true;
	}

	void unlock(ThreadScheduler scheduler) {
		checkHeld();
		if (--this.holds == 0) {
			this.owner = null;
			SchedulerWait.wakeAll(scheduler, this.entrants);
		}
	}

	/** {@code lock()}, taking the scheduler's lock. */
	void lockTaking(ThreadScheduler scheduler) {
		SchedulerWait.lockedUninterruptibly(scheduler, () -> {
			lock(scheduler);
			return null;
		});
	}

	/**
	 * {@code tryLock} (FOREVER: {@code lockInterruptibly}), taking the scheduler's lock.
	 */
	boolean tryLockTaking(ThreadScheduler scheduler, long nanos) throws InterruptedException {
		return SchedulerWait.locked(scheduler, () -> tryLock(scheduler, nanos, true));
	}

	/** {@code tryLock()} without waiting, taking the scheduler's lock. */
	boolean tryNowTaking(ThreadScheduler scheduler) {
		return SchedulerWait.lockedUninterruptibly(scheduler, () -> {
			try {
				return tryLock(scheduler, 0, false);
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException("a wait of no time was interrupted", ex);
			}
		});
	}

	/** {@code unlock()}, taking the scheduler's lock. */
	void unlockTaking(ThreadScheduler scheduler) {
		SchedulerWait.lockedUninterruptibly(scheduler, () -> {
			unlock(scheduler);
			return null;
		});
	}

	/** For a condition's await: releases every hold and says how many there were. */
	int releaseAll(ThreadScheduler scheduler) {
		checkHeld();
		int count = this.holds;
		this.holds = 1;
		unlock(scheduler);
		return count;
	}

	/** After a condition's await: takes the lock back as often as it was held. */
	void retake(ThreadScheduler scheduler, int count) {
		SchedulerWait.uninterruptibly(scheduler, this.entrants, this::free, "lock");
		take(count);
	}

	void checkHeld() {
		if (!held()) {
			throw new IllegalMonitorStateException();
		}
	}

	boolean held() {
		return this.owner == Thread.currentThread();
	}

	int holdCount() {
		return held() ? this.holds : 0;
	}

	Thread owner() {
		return this.owner;
	}

	String ownerName() {
		Thread holder = this.owner;
		return (holder != null) ? holder.getName() : "nobody";
	}

	private boolean free() {
		return held() || (this.owner == null && !this.othersHold.getAsBoolean());
	}

	private void take(int count) {
		this.owner = Thread.currentThread();
		this.holds += count;
	}

}
