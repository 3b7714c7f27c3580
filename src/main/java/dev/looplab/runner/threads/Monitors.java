package dev.looplab.runner.threads;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code synchronized}, {@code wait} and {@code notify} on the scheduler's monitors. A
 * scheduled thread that must wait hands the baton on, so the wait is a scheduling point
 * and shows on the timeline. A thread outside the scheduler (a pool's worker, the event
 * loop's executor) gets the same mutual exclusion, waiting in real time on the
 * scheduler's lock. Every method is called with the scheduler's lock held.
 */
final class Monitors {

	private final ThreadScheduler scheduler;

	/** Only the monitors in use: one is dropped once nobody holds or waits on it. */
	private final Map<Object, Monitor> table = new IdentityHashMap<>();

	Monitors(ThreadScheduler scheduler) {
		this.scheduler = scheduler;
	}

	/**
	 * Enters the object's monitor {@code count} times, blocking while another holds it.
	 */
	void enter(Object target, Thread thread, Strand strand, int count) {
		Monitor monitor = this.table.computeIfAbsent(target, Monitor::new);
		while (monitor.owner != null && monitor.owner != thread) {
			Strand owner = this.scheduler.strandOf(monitor.owner);
			if (strand == null || owner == null) {
				// One side runs outside the scheduler: wait in real time for the release.
				this.scheduler.outsiders.awaitUninterruptibly();
			}
			else {
				monitor.entrants.add(strand);
				this.scheduler.block(strand, StrandState.BLOCKED, monitor, "lock");
			}
			monitor = this.table.computeIfAbsent(target, Monitor::new);
		}
		if (monitor.owner == null && strand == null) {
			this.scheduler.outsiderHolds++;
		}
		monitor.owner = thread;
		monitor.count += count;
	}

	/** Leaves the monitor once; the last exit releases it. */
	void exit(Object target, Thread thread) {
		Monitor monitor = owned(target, thread);
		if (--monitor.count == 0) {
			release(monitor);
		}
	}

	/**
	 * {@code wait()} with a timeout in virtual nanos (0: none): releases the monitor,
	 * waits for a notify, the timeout or an interrupt, then enters again as often as it
	 * was held.
	 */
	void await(Object target, Strand strand, long nanos) throws InterruptedException {
		Monitor monitor = owned(target, strand.thread);
		if (Thread.interrupted()) {
			throw new InterruptedException();
		}
		int held = monitor.count;
		// In the wait set before the release, so that the monitor stays in the table.
		monitor.waitSet.add(strand.thread);
		release(monitor);
		if (nanos > 0) {
			this.scheduler.timers.arm(strand, this.scheduler.now() + nanos);
		}
		this.scheduler.block(strand, StrandState.WAITING, monitor, "wait");
		enter(target, strand.thread, strand, held);
		if (Thread.interrupted()) {
			throw new InterruptedException();
		}
	}

	/** {@code wait()} by a thread outside the scheduler, with a real-time timeout. */
	void awaitOutside(Object target, Thread thread, long nanos) throws InterruptedException {
		Monitor monitor = owned(target, thread);
		int held = monitor.count;
		monitor.waitSet.add(thread);
		release(monitor);
		this.scheduler.outsiderHolds++;
		long left = (nanos > 0) ? nanos : Long.MAX_VALUE;
		try {
			while (!monitor.notifiedOutsiders.remove(thread) && left > 0) {
				left = this.scheduler.outsiders.awaitNanos(left);
			}
		}
		finally {
			monitor.waitSet.remove(thread);
			this.scheduler.outsiderHolds--;
			enter(target, thread, null, held);
		}
	}

	/** Wakes the longest-waiting thread in {@code wait()}, or all of them. */
	void notify(Object target, Thread thread, boolean all) {
		Monitor monitor = owned(target, thread);
		do {
			Thread waiter = monitor.waitSet.poll();
			if (waiter == null) {
				return;
			}
			Strand strand = this.scheduler.strandOf(waiter);
			if (strand != null) {
				this.scheduler.makeReady(strand);
			}
			else {
				monitor.notifiedOutsiders.add(waiter);
				this.scheduler.outsiders.signalAll();
			}
		}
		while (all);
		this.scheduler.kick();
	}

	String ownerName(Monitor monitor) {
		return (monitor.owner != null) ? monitor.owner.getName() : "nobody";
	}

	private Monitor owned(Object target, Thread thread) {
		Monitor monitor = this.table.get(target);
		if (monitor == null || monitor.owner != thread) {
			throw new IllegalMonitorStateException("current thread is not owner");
		}
		return monitor;
	}

	private void release(Monitor monitor) {
		if (this.scheduler.strandOf(monitor.owner) == null) {
			this.scheduler.outsiderHolds--;
		}
		monitor.owner = null;
		monitor.count = 0;
		Strand first = monitor.entrants.peek();
		if (first != null) {
			this.scheduler.makeReady(first);
		}
		this.scheduler.outsiders.signalAll();
		if (monitor.idle()) {
			this.table.remove(monitor.target);
		}
		this.scheduler.kick();
	}

	static long nanos(long millis, int nanos) {
		return TimeUnit.MILLISECONDS.toNanos(millis) + nanos;
	}

}
