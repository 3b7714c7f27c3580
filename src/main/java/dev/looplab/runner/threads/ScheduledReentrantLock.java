package dev.looplab.runner.threads;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What a learner's {@code new ReentrantLock} makes on the virtual clock: a re-entrant
 * lock whose owner and hold count the scheduler keeps, so that waiting for it is a
 * scheduling point, shows on the timeline as a monitor wait does, and names the owner in
 * a deadlock's message. Fairness makes no difference: the scheduler picks who runs.
 * Without a scheduler it is the JDK's lock.
 */
public class ScheduledReentrantLock extends ReentrantLock {

	private transient Thread owner;

	private int holds;

	private final transient WaitList entrants = new WaitList(() -> "the lock held by " + ownerName());

	public ScheduledReentrantLock() {
	}

	public ScheduledReentrantLock(boolean fair) {
		super(fair);
	}

	@Override
	public void lock() {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		if (scheduler == null) {
			super.lock();
			return;
		}
		scheduler.lock.lock();
		try {
			SchedulerWait.point(scheduler);
			SchedulerWait.uninterruptibly(scheduler, this.entrants, this::free, "lock");
			take(1);
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	@Override
	public void lockInterruptibly() throws InterruptedException {
		if (!tryLock(SchedulerWait.FOREVER, true)) {
			throw new IllegalStateException("a wait without a timeout timed out");
		}
	}

	@Override
	public boolean tryLock() {
		try {
			return tryLock(0, false);
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException("a wait of no time was interrupted", ex);
		}
	}

	@Override
	public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
		return tryLock(Math.max(0, unit.toNanos(timeout)), true);
	}

	@Override
	public void unlock() {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		if (scheduler == null) {
			super.unlock();
			return;
		}
		scheduler.lock.lock();
		try {
			if (this.owner != Thread.currentThread()) {
				throw new IllegalMonitorStateException();
			}
			if (--this.holds == 0) {
				this.owner = null;
				SchedulerWait.wakeAll(scheduler, this.entrants);
			}
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	@Override
	public Condition newCondition() {
		return (ThreadScheduler.installed() != null) ? new ScheduledCondition(this) : super.newCondition();
	}

	@Override
	public int getHoldCount() {
		return (ThreadScheduler.installed() == null) ? super.getHoldCount() : (held() ? this.holds : 0);
	}

	@Override
	public boolean isHeldByCurrentThread() {
		return (ThreadScheduler.installed() == null) ? super.isHeldByCurrentThread() : held();
	}

	@Override
	public boolean isLocked() {
		return (ThreadScheduler.installed() == null) ? super.isLocked() : this.owner != null;
	}

	@Override
	public String toString() {
		if (ThreadScheduler.installed() == null) {
			return super.toString();
		}
		Thread holder = this.owner;
		return getClass().getSuperclass().getName() + "@" + Integer.toHexString(hashCode())
				+ ((holder == null) ? "[Unlocked]" : "[Locked by thread " + holder.getName() + "]");
	}

	/**
	 * tryLock with a timeout in virtual nanos ({@link SchedulerWait#FOREVER}: none); with
	 * {@code interruptible}, an interrupt throws as the JDK's does.
	 */
	private boolean tryLock(long nanos, boolean interruptible) throws InterruptedException {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		if (scheduler == null) {
			if (nanos == SchedulerWait.FOREVER) {
				super.lockInterruptibly();
				return true;
			}
			return interruptible ? super.tryLock(nanos, TimeUnit.NANOSECONDS) : super.tryLock();
		}
		scheduler.lock.lock();
		try {
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
		finally {
			scheduler.lock.unlock();
		}
	}

	private boolean free() {
		return this.owner == null || this.owner == Thread.currentThread();
	}

	private boolean held() {
		return this.owner == Thread.currentThread();
	}

	/** Takes the free lock count times. Scheduler's lock held. */
	void take(int count) {
		this.owner = Thread.currentThread();
		this.holds += count;
	}

	/**
	 * For a condition's await: releases every hold and says how many there were.
	 * Scheduler's lock held.
	 */
	int releaseAll(ThreadScheduler scheduler) {
		if (!held()) {
			throw new IllegalMonitorStateException();
		}
		int count = this.holds;
		this.holds = 0;
		this.owner = null;
		SchedulerWait.wakeAll(scheduler, this.entrants);
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

	private String ownerName() {
		Thread holder = this.owner;
		return (holder != null) ? holder.getName() : "nobody";
	}

}
