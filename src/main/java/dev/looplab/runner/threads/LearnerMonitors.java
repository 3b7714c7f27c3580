package dev.looplab.runner.threads;

import java.util.Objects;

/**
 * Where learner code locks, waits and notifies: on the virtual clock the sandbox rewrites
 * {@code monitorenter}, {@code monitorexit} and {@code synchronized} methods into
 * {@link #enter} and {@link #exit}, and (always) {@code Object.wait} and
 * {@code notify}/{@code notifyAll} into the other methods, the receiver first. Without a
 * scheduler, wait and notify are the JVM's own.
 */
public final class LearnerMonitors {

	private LearnerMonitors() {
	}

	public static void enter(Object target) {
		Objects.requireNonNull(target);
		ThreadScheduler scheduler = ThreadScheduler.installed();
		Thread thread = Thread.currentThread();
		scheduler.lock.lock();
		try {
			Strand me = scheduler.strandOf(thread);
			if (me != null) {
				scheduler.point(me, false);
			}
			scheduler.monitors.enter(target, thread, me, 1);
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	public static void exit(Object target) {
		Objects.requireNonNull(target);
		ThreadScheduler scheduler = ThreadScheduler.installed();
		scheduler.lock.lock();
		try {
			scheduler.monitors.exit(target, Thread.currentThread());
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	public static void waitOn(Object target) throws InterruptedException {
		waitOn(target, 0L, 0);
	}

	public static void waitOn(Object target, long millis) throws InterruptedException {
		waitOn(target, millis, 0);
	}

	public static void waitOn(Object target, long millis, int nanos) throws InterruptedException {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		if (scheduler == null) {
			target.wait(millis, nanos);
			return;
		}
		if (millis < 0) {
			throw new IllegalArgumentException("timeout value is negative");
		}
		if (nanos < 0 || nanos > 999_999) {
			throw new IllegalArgumentException("nanosecond timeout value out of range");
		}
		scheduler.lock.lock();
		try {
			Strand me = scheduler.strandOf(Thread.currentThread());
			if (me != null) {
				scheduler.monitors.await(target, me, Monitors.nanos(millis, nanos));
			}
			else {
				scheduler.monitors.awaitOutside(target, Thread.currentThread(), Monitors.nanos(millis, nanos));
			}
		}
		finally {
			scheduler.lock.unlock();
		}
	}

	public static void notify(Object target) {
		notify(target, false);
	}

	public static void notifyAll(Object target) {
		notify(target, true);
	}

	private static void notify(Object target, boolean all) {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		if (scheduler == null) {
			if (all) {
				target.notifyAll();
			}
			else {
				target.notify();
			}
			return;
		}
		scheduler.lock.lock();
		try {
			scheduler.monitors.notify(target, Thread.currentThread(), all);
			Strand me = scheduler.strandOf(Thread.currentThread());
			if (me != null) {
				scheduler.point(me, false);
			}
		}
		finally {
			scheduler.lock.unlock();
		}
	}

}
