package dev.looplab.runner.threads;

import java.util.concurrent.TimeUnit;

/**
 * Where learner code starts, joins, interrupts and asks about threads: the sandbox
 * rewrites {@code Thread.start}, {@code join}, {@code isAlive}, {@code interrupt},
 * {@code yield}, {@code Thread.startVirtualThread} and the builders' {@code start} and
 * {@code unstarted} into calls to these methods (an instance method's receiver becomes
 * the first argument). Under the {@link ThreadScheduler} they are scheduling points; for
 * threads the scheduler does not know, or without one, they do what the replaced call
 * does.
 */
public final class LearnerThreads {

	private LearnerThreads() {
	}

	public static void start(Thread thread) {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		Strand me = (scheduler != null) ? scheduler.strandOf(Thread.currentThread()) : null;
		if (me == null || !(thread instanceof ScheduledThread) || thread.getState() != Thread.State.NEW) {
			thread.start();
			return;
		}
		scheduler.lock.lock();
		try {
			Strand strand = scheduler.register(thread, me);
			try {
				thread.start();
			}
			catch (RuntimeException | Error ex) {
				// No thread to give the baton to (the limit on threads was reached).
				scheduler.unregister(strand);
				throw ex;
			}
			scheduler.point(me, false);
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	public static void join(Thread thread) throws InterruptedException {
		join(thread, 0L, TimeUnit.NANOSECONDS);
	}

	/** {@code join} with a timeout (0: none), as {@code TimeUnit.timedJoin} takes it. */
	public static void join(Thread thread, long timeout, TimeUnit unit) throws InterruptedException {
		if (timeout < 0) {
			throw new IllegalArgumentException("timeout value is negative");
		}
		ThreadScheduler scheduler = ThreadScheduler.installed();
		Strand me = (scheduler != null) ? scheduler.strandOf(Thread.currentThread()) : null;
		Strand target = (me != null) ? scheduler.strandOf(thread) : null;
		if (target == null) {
			long nanos = unit.toNanos(timeout);
			thread.join(nanos / 1_000_000, (int) (nanos % 1_000_000));
			return;
		}
		scheduler.lock.lock();
		try {
			if (Thread.interrupted()) {
				throw new InterruptedException();
			}
			if (!target.alive()) {
				scheduler.point(me, false);
				return;
			}
			target.joiners.add(me);
			if (timeout > 0) {
				scheduler.timers.arm(me, scheduler.now() + unit.toNanos(timeout));
			}
			scheduler.block(me, StrandState.WAITING, target, "join");
			if (Thread.interrupted()) {
				throw new InterruptedException();
			}
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	public static boolean isAlive(Thread thread) {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		Strand strand = (scheduler != null) ? scheduler.strandOf(thread) : null;
		return (strand != null) ? strand.alive() : thread.isAlive();
	}

	/**
	 * The state the scheduler gave the thread, so that it does not depend on where the
	 * real thread happens to be parked.
	 */
	public static Thread.State getState(Thread thread) {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		Strand strand = (scheduler != null) ? scheduler.strandOf(thread) : null;
		if (strand == null) {
			return thread.getState();
		}
		return switch (strand.state) {
			case READY, RUNNING -> Thread.State.RUNNABLE;
			case BLOCKED -> Thread.State.BLOCKED;
			case WAITING -> (strand.deadline >= 0) ? Thread.State.TIMED_WAITING : Thread.State.WAITING;
			case SLEEPING -> Thread.State.TIMED_WAITING;
			case FINISHED -> Thread.State.TERMINATED;
		};
	}

	/** Sets the interrupt flag and wakes the thread from a sleep, wait or join. */
	public static void interrupt(Thread thread) {
		thread.interrupt();
		ThreadScheduler scheduler = ThreadScheduler.installed();
		Strand strand = (scheduler != null) ? scheduler.strandOf(thread) : null;
		if (strand == null) {
			return;
		}
		scheduler.lock.lock();
		try {
			if (strand.state == StrandState.WAITING || strand.state == StrandState.SLEEPING) {
				scheduler.makeReady(strand);
				scheduler.kick();
			}
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	/** {@code Thread.yield()}: the next ready thread runs, this one queues again. */
	public static void yieldTurn() {
		pass(false);
	}

	/**
	 * {@code Thread.onSpinWait()}: a thread that spins waits for another to change
	 * something, so under the scheduler it lets the others run first, and when none can,
	 * it waits for the next timer (spinning costs no virtual time, so without this the
	 * clock would never move).
	 */
	public static void spinWait() {
		pass(true);
	}

	private static void pass(boolean spin) {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		Strand me = (scheduler != null) ? scheduler.strandOf(Thread.currentThread()) : null;
		if (me == null) {
			if (spin) {
				Thread.onSpinWait();
			}
			else {
				Thread.yield();
			}
			return;
		}
		scheduler.lock.lock();
		try {
			if (spin) {
				scheduler.spin(me);
			}
			else {
				scheduler.point(me, true);
			}
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	/**
	 * Whether a sleep of the calling thread goes to {@link #sleep}: it is a scheduled
	 * thread.
	 */
	public static boolean schedules() {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		return scheduler != null && scheduler.strandOf(Thread.currentThread()) != null;
	}

	/** Sleeps the calling scheduled thread for a span of virtual time. */
	public static void sleep(long nanos) throws InterruptedException {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		Strand me = scheduler.strandOf(Thread.currentThread());
		scheduler.lock.lock();
		try {
			if (Thread.interrupted()) {
				throw new InterruptedException("sleep interrupted");
			}
			scheduler.timers.arm(me, scheduler.now() + nanos);
			scheduler.block(me, StrandState.SLEEPING, null, "sleep");
			if (Thread.interrupted()) {
				throw new InterruptedException("sleep interrupted");
			}
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	public static Thread unstarted(Thread.Builder builder, Runnable task) {
		if (ThreadScheduler.installed() == null) {
			return builder.unstarted(task);
		}
		// The builder names the thread (and counts its names) as it would its own.
		Thread probe = builder.unstarted(task);
		return new ScheduledThread(task, probe.getName(), probe.isDaemon());
	}

	public static Thread start(Thread.Builder builder, Runnable task) {
		if (ThreadScheduler.installed() == null) {
			return builder.start(task);
		}
		Thread thread = unstarted(builder, task);
		start(thread);
		return thread;
	}

	public static Thread startVirtualThread(Runnable task) {
		return start(Thread.ofVirtual(), task);
	}

}
