package dev.looplab.runner.threads;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The read lock of a {@link ScheduledReadWriteLock}: it waits while another thread holds
 * the write lock. It is only handed out while a scheduler is installed.
 */
final class ScheduledReadLock extends ReentrantReadWriteLock.ReadLock {

	private final ScheduledReadWriteLock owner;

	ScheduledReadLock(ScheduledReadWriteLock owner) {
		super(owner);
		this.owner = owner;
	}

	@Override
	public void lock() {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		SchedulerWait.lockedUninterruptibly(scheduler, () -> {
			SchedulerWait.point(scheduler);
			SchedulerWait.uninterruptibly(scheduler, this.owner.writer.entrants, this.owner::readable, "lock");
			this.owner.read();
			return null;
		});
	}

	@Override
	public void lockInterruptibly() throws InterruptedException {
		tryLock(SchedulerWait.FOREVER, true);
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
		SchedulerWait.lockedUninterruptibly(scheduler, () -> {
			this.owner.unread(scheduler);
			return null;
		});
	}

	/** As the JDK's read lock: it has no conditions, and says so with this exception. */
	@Override
	public Condition newCondition() {
		throw new UnsupportedOperationException();
	}

	@Override
	public String toString() {
		return ReentrantReadWriteLock.ReadLock.class.getName() + "@" + Integer.toHexString(hashCode())
				+ "[Read locks = " + this.owner.getReadLockCount() + "]";
	}

	private boolean tryLock(long nanos, boolean interruptible) throws InterruptedException {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		return SchedulerWait.locked(scheduler, () -> {
			if (interruptible && Thread.interrupted()) {
				throw new InterruptedException();
			}
			SchedulerWait.point(scheduler);
			if (!SchedulerWait.until(scheduler, this.owner.writer.entrants, this.owner::readable, nanos, "lock")) {
				return false;
			}
			this.owner.read();
			return true;
		});
	}

}
