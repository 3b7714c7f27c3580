package dev.looplab.runner.threads;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What a learner's {@code new CyclicBarrier} makes on the virtual clock: a barrier whose
 * arrivals the scheduler counts, with the JDK's rules. The last of the parties to arrive
 * runs the barrier action and opens the barrier for the others; a timeout, an interrupt
 * or a failing action breaks it for everyone waiting. Without a scheduler it is the JDK's
 * barrier.
 */
public class ScheduledCyclicBarrier extends CyclicBarrier {

	/** One round of the barrier; a new one begins when the barrier opens or is reset. */
	private static final class Round {

		boolean broken;

		boolean opened;

	}

	private final Runnable action;

	private Round round = new Round();

	private int waiting;

	private final WaitList arrivals = new WaitList(
			() -> "the other parties of a CyclicBarrier (" + this.waiting + " of " + getParties() + " there)");

	public ScheduledCyclicBarrier(int parties) {
		this(parties, null);
	}

	public ScheduledCyclicBarrier(int parties, Runnable action) {
		super(parties, action);
		this.action = action;
	}

	@Override
	public int await() throws InterruptedException, BrokenBarrierException {
		if (ThreadScheduler.installed() == null) {
			return super.await();
		}
		try {
			return arrive(SchedulerWait.FOREVER);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("a wait without a timeout timed out", ex);
		}
	}

	@Override
	public int await(long timeout, TimeUnit unit)
			throws InterruptedException, BrokenBarrierException, TimeoutException {
		if (ThreadScheduler.installed() == null) {
			return super.await(timeout, unit);
		}
		return arrive(Math.max(0, unit.toNanos(timeout)));
	}

	@Override
	public int getNumberWaiting() {
		return (ThreadScheduler.installed() == null) ? super.getNumberWaiting() : this.waiting;
	}

	@Override
	public boolean isBroken() {
		return (ThreadScheduler.installed() == null) ? super.isBroken() : this.round.broken;
	}

	@Override
	public void reset() {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		if (scheduler == null) {
			super.reset();
			return;
		}
		scheduler.lock.lock();
		try {
			breakRound(scheduler);
			this.round = new Round();
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	private int arrive(long nanos) throws InterruptedException, BrokenBarrierException, TimeoutException {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		scheduler.lock.lock();
		try {
			Round mine = this.round;
			if (mine.broken) {
				throw new BrokenBarrierException();
			}
			if (Thread.interrupted()) {
				breakRound(scheduler);
				throw new InterruptedException();
			}
			int index = getParties() - 1 - this.waiting;
			if (index == 0) {
				open(scheduler, mine);
				return 0;
			}
			this.waiting++;
			boolean over;
			try {
				over = SchedulerWait.until(scheduler, this.arrivals, () -> mine.opened || mine.broken, nanos, "wait");
			}
			catch (InterruptedException ex) {
				if (mine.opened) {
					Thread.currentThread().interrupt();
					return index;
				}
				breakRound(scheduler);
				throw ex;
			}
			if (mine.broken) {
				throw new BrokenBarrierException();
			}
			if (!over) {
				breakRound(scheduler);
				throw new TimeoutException();
			}
			return index;
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	/** The last party runs the action, then lets the others through. Lock held. */
	private void open(ThreadScheduler scheduler, Round mine) {
		if (this.action != null) {
			scheduler.lock.unlock();
			try {
				this.action.run();
			}
			catch (RuntimeException | Error ex) {
				scheduler.lock.lock();
				breakRound(scheduler);
				throw ex;
			}
			scheduler.lock.lock();
		}
		mine.opened = true;
		this.waiting = 0;
		this.round = new Round();
		SchedulerWait.wakeAll(scheduler, this.arrivals);
	}

	/** Breaks the round for every party waiting in it. Lock held. */
	private void breakRound(ThreadScheduler scheduler) {
		this.round.broken = true;
		this.waiting = 0;
		SchedulerWait.wakeAll(scheduler, this.arrivals);
	}

}
