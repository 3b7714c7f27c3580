package dev.looplab.runner;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import dev.looplab.aio.BlockingSleep;
import dev.looplab.runner.threads.LearnerMonitors;
import dev.looplab.runner.threads.LearnerThreads;

/**
 * Where learner code waits for a while: the sandbox rewrites {@code Thread.sleep},
 * {@code TimeUnit.sleep}, {@code timedJoin} and {@code timedWait}, the timed
 * {@code Thread.join} and {@code Object.wait}, and {@code LockSupport.parkUntil} into
 * calls to these methods (an instance method's receiver becomes the first argument).
 * Sleeps go through {@link BlockingSleep} when the sleeping thread runs an event loop (a
 * blocking sleep there stalls the whole loop, and the trace says so); through
 * {@link LearnerThreads} when the thread scheduler runs the thread; through
 * {@link BlockingSleep} again when the run otherwise uses virtual time. Timed joins and
 * waits go to the thread scheduler's {@link LearnerThreads} and {@link LearnerMonitors};
 * {@code parkUntil} waits in real time as the replaced call does ({@code park} and
 * {@code parkNanos} go to the scheduler's {@code LearnerParking}).
 */
public final class LearnerWaits {

	private LearnerWaits() {
	}

	public static void sleep(long millis) throws InterruptedException {
		if (scheduled() && millis >= 0) {
			LearnerThreads.sleep(TimeUnit.MILLISECONDS.toNanos(millis));
			return;
		}
		if (BlockingSleep.intercepts() && millis >= 0) {
			BlockingSleep.sleep(TimeUnit.MILLISECONDS.toNanos(millis));
			return;
		}
		Thread.sleep(millis);
	}

	public static void sleep(long millis, int nanos) throws InterruptedException {
		if (scheduled() && millis >= 0 && nanos >= 0 && nanos <= 999_999) {
			LearnerThreads.sleep(TimeUnit.MILLISECONDS.toNanos(millis) + nanos);
			return;
		}
		if (BlockingSleep.intercepts() && millis >= 0 && nanos >= 0 && nanos <= 999_999) {
			BlockingSleep.sleep(TimeUnit.MILLISECONDS.toNanos(millis) + nanos);
			return;
		}
		Thread.sleep(millis, nanos);
	}

	public static void sleep(Duration duration) throws InterruptedException {
		if (scheduled()) {
			LearnerThreads.sleep(Math.max(0, saturatedNanos(duration)));
			return;
		}
		if (BlockingSleep.intercepts()) {
			BlockingSleep.sleep(Math.max(0, saturatedNanos(duration)));
			return;
		}
		Thread.sleep(duration);
	}

	public static void sleep(TimeUnit unit, long timeout) throws InterruptedException {
		if (scheduled()) {
			LearnerThreads.sleep(Math.max(0, unit.toNanos(timeout)));
			return;
		}
		if (BlockingSleep.intercepts()) {
			if (timeout > 0) {
				BlockingSleep.sleep(unit.toNanos(timeout));
			}
			return;
		}
		unit.sleep(timeout);
	}

	public static void timedJoin(TimeUnit unit, Thread thread, long timeout) throws InterruptedException {
		if (timeout > 0) {
			LearnerThreads.join(thread, timeout, unit);
		}
	}

	public static void timedWait(TimeUnit unit, Object monitor, long timeout) throws InterruptedException {
		if (timeout > 0) {
			long millis = unit.toMillis(timeout);
			LearnerMonitors.waitOn(monitor, millis,
					(int) (unit.toNanos(timeout) - TimeUnit.MILLISECONDS.toNanos(millis)));
		}
	}

	public static void join(Thread thread, long millis) throws InterruptedException {
		LearnerThreads.join(thread, millis, TimeUnit.MILLISECONDS);
	}

	public static void join(Thread thread, long millis, int nanos) throws InterruptedException {
		if (nanos < 0 || nanos > 999_999) {
			throw new IllegalArgumentException("nanosecond timeout value out of range");
		}
		LearnerThreads.join(thread, TimeUnit.MILLISECONDS.toNanos(millis) + nanos, TimeUnit.NANOSECONDS);
	}

	public static boolean join(Thread thread, Duration duration) throws InterruptedException {
		if (thread.getState() == Thread.State.NEW) {
			throw new IllegalThreadStateException("Thread not started");
		}
		long nanos = saturatedNanos(duration);
		if (nanos > 0) {
			LearnerThreads.join(thread, nanos, TimeUnit.NANOSECONDS);
		}
		return !LearnerThreads.isAlive(thread);
	}

	/**
	 * {@code monitor.wait(millis)}; the caller holds the monitor, as the JDK requires.
	 */
	public static void waitOn(Object monitor, long millis) throws InterruptedException {
		LearnerMonitors.waitOn(monitor, millis);
	}

	public static void waitOn(Object monitor, long millis, int nanos) throws InterruptedException {
		LearnerMonitors.waitOn(monitor, millis, nanos);
	}

	public static void parkUntil(long deadline) {
		LockSupport.parkUntil(deadline);
	}

	public static void parkUntil(Object blocker, long deadline) {
		LockSupport.parkUntil(blocker, deadline);
	}

	/** A thread the thread scheduler runs, and not an event loop's thread. */
	private static boolean scheduled() {
		return LearnerThreads.schedules() && !BlockingSleep.onLoopThread();
	}

	private static long saturatedNanos(Duration duration) {
		try {
			return duration.toNanos();
		}
		catch (ArithmeticException ex) {
			return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
		}
	}

}
