package dev.looplab.runner.threads;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The write lock of a {@link ScheduledReadWriteLock}: an {@link ExclusiveHold} that also
 * waits for every reader to leave. It is only handed out while a scheduler is installed.
 */
final class ScheduledWriteLock extends ReentrantReadWriteLock.WriteLock {

	private final ExclusiveHold hold;

	ScheduledWriteLock(ScheduledReadWriteLock owner) {
		super(owner);
		this.hold = owner.writer;
	}

	@Override
	public void lock() {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		this.hold.lockTaking(scheduler);
	}

	@Override
	public void lockInterruptibly() throws InterruptedException {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		this.hold.tryLockTaking(scheduler, SchedulerWait.FOREVER);
	}

	@Override
	public boolean tryLock() {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		return this.hold.tryNowTaking(scheduler);
	}

	@Override
	public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		return this.hold.tryLockTaking(scheduler, Math.max(0, unit.toNanos(timeout)));
	}

	@Override
	public void unlock() {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		this.hold.unlockTaking(scheduler);
	}

	@Override
	public Condition newCondition() {
		return new ScheduledCondition(this.hold);
	}

	@Override
	public boolean isHeldByCurrentThread() {
		return this.hold.held();
	}

	@Override
	public int getHoldCount() {
		return this.hold.holdCount();
	}

	@Override
	public String toString() {
		Thread holder = this.hold.owner();
		return ReentrantReadWriteLock.WriteLock.class.getName() + "@" + Integer.toHexString(hashCode())
				+ ((holder == null) ? "[Unlocked]" : "[Locked by thread " + holder.getName() + "]");
	}

}
