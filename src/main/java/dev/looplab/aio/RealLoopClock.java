package dev.looplab.aio;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** A loop on the real monotonic clock: it really waits for its timers. */
final class RealLoopClock implements LoopClock {

	private final long start = System.nanoTime();

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition woken = this.lock.newCondition();

	private final AtomicInteger jobs = new AtomicInteger();

	private boolean wakePending;

	@Override
	public long nanos() {
		return System.nanoTime() - this.start;
	}

	@Override
	public boolean idle(long deadline) {
		this.lock.lock();
		try {
			while (!this.wakePending) {
				if (deadline == Long.MAX_VALUE) {
					if (this.jobs.get() == 0) {
						return false;
					}
					this.woken.awaitUninterruptibly();
				}
				else {
					long left = deadline - nanos();
					if (left <= 0) {
						return true;
					}
					this.woken.awaitNanos(left);
				}
			}
			this.wakePending = false;
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return true;
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public void wake() {
		this.lock.lock();
		try {
			this.wakePending = true;
			this.woken.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public void attach() {
	}

	@Override
	public void detach() {
	}

	@Override
	public void jobStarted() {
		this.jobs.incrementAndGet();
	}

	@Override
	public void jobFinished() {
		this.jobs.decrementAndGet();
		wake();
	}

	@Override
	public void blockingSleep(long nanos) throws InterruptedException {
		Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
	}

}
