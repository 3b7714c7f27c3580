package dev.looplab.runner.threads;

import java.util.ArrayDeque;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/**
 * A condition of a {@link ScheduledReentrantLock} or of a
 * {@link ScheduledReadWriteLock}'s write lock (an {@link ExclusiveHold}): {@code await}
 * releases the lock and waits in virtual time for a signal, the timeout or an interrupt,
 * then takes the lock back; {@code signal} wakes the longest waiting thread,
 * {@code signalAll} every one.
 */
final class ScheduledCondition implements Condition {

	private final ExclusiveHold lock;

	private final ArrayDeque<Thread> waiters = new ArrayDeque<>();

	/** Waiters a signal picked, that have not yet seen it. */
	private final Set<Thread> signalled = new HashSet<>();

	private final WaitList waitSet = new WaitList("a signal on a Condition");

	ScheduledCondition(ExclusiveHold lock) {
		this.lock = lock;
	}

	@Override
	public void await() throws InterruptedException {
		awaitFor(SchedulerWait.FOREVER, true);
	}

	@Override
	public void awaitUninterruptibly() {
		try {
			awaitFor(SchedulerWait.FOREVER, false);
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException("an uninterruptible wait was interrupted", ex);
		}
	}

	@Override
	public long awaitNanos(long nanos) throws InterruptedException {
		return awaitFor(Math.max(0, nanos), true);
	}

	@Override
	public boolean await(long time, TimeUnit unit) throws InterruptedException {
		return awaitFor(Math.max(0, unit.toNanos(time)), true) > 0;
	}

	@Override
	public boolean awaitUntil(Date deadline) throws InterruptedException {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		long millis = deadline.getTime() - TimeUnit.NANOSECONDS.toMillis(scheduler.now());
		return awaitFor(Math.max(0, TimeUnit.MILLISECONDS.toNanos(millis)), true) > 0;
	}

	@Override
	public void signal() {
		signal(false);
	}

	@Override
	public void signalAll() {
		signal(true);
	}

	private void signal(boolean all) {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		scheduler.lock.lock();
		try {
			this.lock.checkHeld();
			do {
				Thread waiter = this.waiters.poll();
				if (waiter == null) {
					break;
				}
				this.signalled.add(waiter);
				Strand strand = scheduler.strandOf(waiter);
				if (strand != null && strand.waitsOn == this.waitSet) {
					scheduler.makeReady(strand);
				}
			}
			while (all);
			scheduler.outsiders.signalAll();
			scheduler.kick();
			SchedulerWait.point(scheduler);
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	/**
	 * Waits at most nanos ({@link SchedulerWait#FOREVER}: no timeout) and returns an
	 * estimate of the nanos left, as awaitNanos does (0 or less: timed out).
	 */
	private long awaitFor(long nanos, boolean interruptible) throws InterruptedException {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		scheduler.lock.lock();
		try {
			this.lock.checkHeld();
			if (interruptible && Thread.interrupted()) {
				throw new InterruptedException();
			}
			Thread me = Thread.currentThread();
			long start = scheduler.now();
			this.waiters.add(me);
			int held = this.lock.releaseAll(scheduler);
			InterruptedException interrupt = null;
			boolean deferred = false;
			boolean wasSignalled = false;
			while (interrupt == null) {
				try {
					wasSignalled = SchedulerWait.until(scheduler, this.waitSet, () -> this.signalled.contains(me),
							nanos, "wait");
					break;
				}
				catch (InterruptedException ex) {
					// Signalled and then interrupted: the signal counts, as in the JDK,
					// and an uninterruptible wait keeps the interrupt for later.
					wasSignalled = this.signalled.contains(me);
					interrupt = (interruptible && !wasSignalled) ? ex : null;
					deferred = interrupt == null;
					if (wasSignalled) {
						break;
					}
				}
			}
			this.waiters.remove(me);
			this.signalled.remove(me);
			this.lock.retake(scheduler, held);
			if (interrupt != null) {
				throw interrupt;
			}
			if (deferred) {
				me.interrupt();
			}
			long left = (nanos == SchedulerWait.FOREVER) ? 1 : nanos - (scheduler.now() - start);
			return wasSignalled ? Math.max(1, left) : Math.min(0, left);
		}
		finally {
			scheduler.lock.unlock();
		}
	}

}
