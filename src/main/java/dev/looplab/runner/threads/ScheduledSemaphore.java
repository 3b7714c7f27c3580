package dev.looplab.runner.threads;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * What a learner's {@code new Semaphore} makes on the virtual clock: permits the
 * scheduler counts, so that an acquire that must wait is a scheduling point and a
 * deadlock says "worker-1 waits for a permit of a Semaphore (0 available)". Fairness
 * makes no difference. Without a scheduler it is the JDK's semaphore.
 */
public class ScheduledSemaphore extends Semaphore {

	private int permits;

	private final WaitList released = new WaitList(() -> "a permit of a Semaphore (" + this.permits + " available)");

	public ScheduledSemaphore(int permits) {
		super(permits);
		this.permits = permits;
	}

	public ScheduledSemaphore(int permits, boolean fair) {
		super(permits, fair);
		this.permits = permits;
	}

	@Override
	public void acquire() throws InterruptedException {
		acquire(1);
	}

	@Override
	public void acquire(int wanted) throws InterruptedException {
		if (ThreadScheduler.installed() == null) {
			super.acquire(wanted);
			return;
		}
		acquire(wanted, SchedulerWait.FOREVER, true);
	}

	@Override
	public void acquireUninterruptibly() {
		acquireUninterruptibly(1);
	}

	@Override
	public void acquireUninterruptibly(int wanted) {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		if (scheduler == null) {
			super.acquireUninterruptibly(wanted);
			return;
		}
		checkPositive(wanted);
		scheduler.lock.lock();
		try {
			SchedulerWait.point(scheduler);
			SchedulerWait.uninterruptibly(scheduler, this.released, () -> this.permits >= wanted, "wait");
			this.permits -= wanted;
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	@Override
	public boolean tryAcquire() {
		return tryAcquire(1);
	}

	@Override
	public boolean tryAcquire(int wanted) {
		if (ThreadScheduler.installed() == null) {
			return super.tryAcquire(wanted);
		}
		try {
			return acquire(wanted, 0, false);
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException("a wait of no time was interrupted", ex);
		}
	}

	@Override
	public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
		return tryAcquire(1, timeout, unit);
	}

	@Override
	public boolean tryAcquire(int wanted, long timeout, TimeUnit unit) throws InterruptedException {
		if (ThreadScheduler.installed() == null) {
			return super.tryAcquire(wanted, timeout, unit);
		}
		return acquire(wanted, Math.max(0, unit.toNanos(timeout)), true);
	}

	@Override
	public void release() {
		release(1);
	}

	@Override
	public void release(int count) {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		if (scheduler == null) {
			super.release(count);
			return;
		}
		checkPositive(count);
		scheduler.lock.lock();
		try {
			this.permits += count;
			SchedulerWait.wakeAll(scheduler, this.released);
			SchedulerWait.point(scheduler);
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	@Override
	public int availablePermits() {
		return (ThreadScheduler.installed() == null) ? super.availablePermits() : this.permits;
	}

	@Override
	public int drainPermits() {
		if (ThreadScheduler.installed() == null) {
			return super.drainPermits();
		}
		int drained = Math.max(0, this.permits);
		this.permits -= drained;
		return drained;
	}

	@Override
	public String toString() {
		return getClass().getSuperclass().getName() + "@" + Integer.toHexString(hashCode()) + "[Permits = "
				+ availablePermits() + "]";
	}

	private boolean acquire(int wanted, long nanos, boolean interruptible) throws InterruptedException {
		checkPositive(wanted);
		ThreadScheduler scheduler = ThreadScheduler.installed();
		scheduler.lock.lock();
		try {
			if (interruptible && Thread.interrupted()) {
				throw new InterruptedException();
			}
			SchedulerWait.point(scheduler);
			if (!SchedulerWait.until(scheduler, this.released, () -> this.permits >= wanted, nanos, "wait")) {
				return false;
			}
			this.permits -= wanted;
			return true;
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	private static void checkPositive(int count) {
		if (count < 0) {
			throw new IllegalArgumentException();
		}
	}

}
