package dev.looplab.aio;

import java.time.Clock;
import java.time.ZoneId;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Virtual time for a whole run: once {@link #install() installed}, the event loop, the
 * learner's clock reads ({@code LearnerClock}) and sleeps ({@code LearnerWaits}) use it
 * instead of the real clock. Time moves only when every participant waits: the loop
 * thread (while it runs a loop) and the executor threads (while they run a job). It then
 * jumps to the earliest deadline, a small discrete-event simulation that makes the result
 * independent of how fast the machine is.
 */
public final class VirtualClock {

	private static volatile VirtualClock installed;

	private static final ThreadLocal<boolean[]> PARTICIPANT = ThreadLocal.withInitial(() -> new boolean[1]);

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private final PriorityQueue<Waiter> waiters = new PriorityQueue<>();

	private final long epochMillis = System.currentTimeMillis();

	private final long nanoBase = System.nanoTime();

	private volatile long now;

	private int running;

	private long seq;

	private VirtualClock() {
	}

	/**
	 * Starts virtual time at 0 for this JVM and returns the clock; the runner calls it
	 * once.
	 */
	public static VirtualClock install() {
		VirtualClock clock = new VirtualClock();
		installed = clock;
		return clock;
	}

	/** Goes back to the real clock. */
	public static void uninstall() {
		installed = null;
	}

	/** The installed clock, or {@code null} when the run uses real time. */
	public static VirtualClock installed() {
		return installed;
	}

	/** Virtual nanoseconds since {@link #install()}. */
	public long nanos() {
		return this.now;
	}

	/** What {@code System.nanoTime()} reads in virtual time. */
	public long nanoTime() {
		return this.nanoBase + this.now;
	}

	/** What {@code System.currentTimeMillis()} reads in virtual time. */
	public long currentTimeMillis() {
		return this.epochMillis + TimeUnit.NANOSECONDS.toMillis(this.now);
	}

	/**
	 * A {@link Clock} on virtual time, for the {@code now()} methods of
	 * {@code java.time}.
	 * @param zone the clock's zone
	 */
	public Clock clock(ZoneId zone) {
		return new VirtualTimeClock(this, zone);
	}

	/**
	 * Blocks the calling thread for a span of virtual time: until every participant waits
	 * and this is the earliest deadline.
	 * @param nanos how long
	 * @throws InterruptedException if the thread is interrupted while it waits
	 */
	public void sleep(long nanos) throws InterruptedException {
		this.lock.lock();
		try {
			Waiter waiter = new Waiter(saturatedAdd(this.now, Math.max(0, nanos)), this.seq++, PARTICIPANT.get()[0],
					false);
			park(waiter, true);
		}
		finally {
			this.lock.unlock();
		}
	}

	static void markParticipant(boolean participant) {
		PARTICIPANT.get()[0] = participant;
	}

	/** One more participant runs (the loop thread starting, an executor job queued). */
	void join() {
		this.lock.lock();
		try {
			this.running++;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** One participant stopped for good (the loop ended, a job finished). */
	void leave() {
		this.lock.lock();
		try {
			this.running--;
			advance();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * The loop waits for its next timer (or without a deadline) until {@link #wake} is
	 * called. Returns false when nothing could ever wake it.
	 */
	boolean idle(long deadline, IdleTicket ticket) {
		this.lock.lock();
		try {
			if (ticket.wakePending) {
				ticket.wakePending = false;
				return true;
			}
			if (deadline <= this.now) {
				return true;
			}
			Waiter waiter = new Waiter(deadline, this.seq++, true, true);
			ticket.waiter = waiter;
			park(waiter, false);
			ticket.waiter = null;
			ticket.wakePending = false;
			return !waiter.stalled;
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Wakes the loop's {@link #idle} early: a callback arrived from another thread. */
	void wake(IdleTicket ticket) {
		this.lock.lock();
		try {
			Waiter waiter = ticket.waiter;
			if (waiter != null && !waiter.released) {
				this.waiters.remove(waiter);
				release(waiter);
			}
			else {
				ticket.wakePending = true;
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	private void park(Waiter waiter, boolean interruptible) throws InterruptedException {
		if (waiter.participant) {
			this.running--;
		}
		this.waiters.add(waiter);
		advance();
		while (!waiter.released) {
			if (interruptible) {
				try {
					this.changed.await();
				}
				catch (InterruptedException ex) {
					if (!waiter.released) {
						this.waiters.remove(waiter);
						if (waiter.participant) {
							this.running++;
						}
					}
					throw ex;
				}
			}
			else {
				this.changed.awaitUninterruptibly();
			}
		}
	}

	/** Moves time to the earliest deadline while nobody runs; releases who is due. */
	private void advance() {
		while (this.running == 0 && !this.waiters.isEmpty()) {
			Waiter first = this.waiters.peek();
			if (first.deadline == Long.MAX_VALUE) {
				// Only loops without timers wait, and no executor job can wake them.
				for (Waiter waiter : this.waiters) {
					waiter.stalled = true;
				}
				while (!this.waiters.isEmpty()) {
					release(this.waiters.poll());
				}
				return;
			}
			if (first.deadline > this.now) {
				this.now = first.deadline;
			}
			while (!this.waiters.isEmpty() && this.waiters.peek().deadline <= this.now) {
				release(this.waiters.poll());
			}
		}
	}

	private void release(Waiter waiter) {
		waiter.released = true;
		if (waiter.participant) {
			// Counted as running before it wakes, so time cannot jump past it meanwhile.
			this.running++;
		}
		this.changed.signalAll();
	}

	private static long saturatedAdd(long a, long b) {
		long sum = a + b;
		return (sum < a) ? Long.MAX_VALUE - 1 : Math.min(sum, Long.MAX_VALUE - 1);
	}

	/** The loop's handle on its idle wait. */
	static final class IdleTicket {

		Waiter waiter;

		boolean wakePending;

	}

	private static final class Waiter implements Comparable<Waiter> {

		final long deadline;

		final long seq;

		final boolean participant;

		final boolean loop;

		boolean released;

		boolean stalled;

		Waiter(long deadline, long seq, boolean participant, boolean loop) {
			this.deadline = deadline;
			this.seq = seq;
			this.participant = participant;
			this.loop = loop;
		}

		@Override
		public int compareTo(Waiter other) {
			int byTime = Long.compare(this.deadline, other.deadline);
			return (byTime != 0) ? byTime : Long.compare(this.seq, other.seq);
		}

	}

}
