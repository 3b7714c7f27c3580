package dev.looplab.runner.threads;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What a learner's {@code new CountDownLatch} makes on the virtual clock: a latch whose
 * count the scheduler keeps, so that {@code await} is a scheduling point and a deadlock
 * says "main waits for a latch (count 1)". Without a scheduler it is the JDK's latch.
 */
public class ScheduledCountDownLatch extends CountDownLatch {

	private long count;

	private final WaitList opened = new WaitList(() -> "a latch (count " + this.count + ")");

	public ScheduledCountDownLatch(int count) {
		super(count);
		this.count = count;
	}

	@Override
	public void await() throws InterruptedException {
		await(SchedulerWait.FOREVER);
	}

	@Override
	public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
		return await(Math.max(0, unit.toNanos(timeout)));
	}

	@Override
	public void countDown() {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		if (scheduler == null) {
			super.countDown();
			return;
		}
		scheduler.lock.lock();
		try {
			if (this.count > 0 && --this.count == 0) {
				SchedulerWait.wakeAll(scheduler, this.opened);
			}
			SchedulerWait.point(scheduler);
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	@Override
	public long getCount() {
		return (ThreadScheduler.installed() == null) ? super.getCount() : this.count;
	}

	@Override
	public String toString() {
		return getClass().getSuperclass().getName() + "@" + Integer.toHexString(hashCode()) + "[Count = " + getCount()
				+ "]";
	}

	private boolean await(long nanos) throws InterruptedException {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		if (scheduler == null) {
			if (nanos == SchedulerWait.FOREVER) {
				super.await();
				return true;
			}
			return super.await(nanos, TimeUnit.NANOSECONDS);
		}
		scheduler.lock.lock();
		try {
			if (Thread.interrupted()) {
				throw new InterruptedException();
			}
			SchedulerWait.point(scheduler);
			return SchedulerWait.until(scheduler, this.opened, () -> this.count == 0, nanos, "wait");
		}
		finally {
			scheduler.lock.unlock();
		}
	}

}
