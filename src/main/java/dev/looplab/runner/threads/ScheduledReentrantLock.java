package dev.looplab.runner.threads;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What a learner's {@code new ReentrantLock} makes on the virtual clock: a re-entrant
 * lock whose owner and hold count the scheduler keeps ({@link ExclusiveHold}), so that
 * waiting for it is a scheduling point, shows on the timeline as a monitor wait does, and
 * names the owner in a deadlock's message. Fairness makes no difference: the scheduler
 * picks who runs. Without a scheduler it is the JDK's lock.
 */
public class ScheduledReentrantLock extends ReentrantLock {

	private final transient ExclusiveHold hold = new ExclusiveHold(
			new WaitList(() -> "the lock held by " + ownerName()), () -> false);

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
		this.hold.lockTaking(scheduler);
	}

	@Override
	public void lockInterruptibly() throws InterruptedException {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		if (scheduler == null) {
			super.lockInterruptibly();
			return;
		}
		this.hold.tryLockTaking(scheduler, SchedulerWait.FOREVER);
	}

	@Override
	public boolean tryLock() {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		if (scheduler == null) {
			return super.tryLock();
		}
		return this.hold.tryNowTaking(scheduler);
	}

	@Override
	public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		if (scheduler == null) {
			return super.tryLock(timeout, unit);
		}
		return this.hold.tryLockTaking(scheduler, Math.max(0, unit.toNanos(timeout)));
	}

	@Override
	public void unlock() {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		if (scheduler == null) {
			super.unlock();
			return;
		}
		this.hold.unlockTaking(scheduler);
	}

	@Override
	public Condition newCondition() {
		return (ThreadScheduler.installed() != null) ? new ScheduledCondition(this.hold) : super.newCondition();
	}

	@Override
	public int getHoldCount() {
		return (ThreadScheduler.installed() == null) ? super.getHoldCount() : this.hold.holdCount();
	}

	@Override
	public boolean isHeldByCurrentThread() {
		return (ThreadScheduler.installed() == null) ? super.isHeldByCurrentThread() : this.hold.held();
	}

	@Override
	public boolean isLocked() {
		return (ThreadScheduler.installed() == null) ? super.isLocked() : this.hold.owner() != null;
	}

	@Override
	public String toString() {
		if (ThreadScheduler.installed() == null) {
			return super.toString();
		}
		Thread holder = this.hold.owner();
		return ReentrantLock.class.getName() + "@" + Integer.toHexString(hashCode())
				+ ((holder == null) ? "[Unlocked]" : "[Locked by thread " + holder.getName() + "]");
	}

	private String ownerName() {
		return this.hold.ownerName();
	}

}
