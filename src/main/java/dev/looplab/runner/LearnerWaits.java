package dev.looplab.runner;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import dev.looplab.aio.BlockingSleep;

/**
 * Where learner code waits for a while: the sandbox rewrites {@code Thread.sleep},
 * {@code TimeUnit.sleep}, {@code timedJoin} and {@code timedWait}, the timed
 * {@code Thread.join} and {@code Object.wait}, and {@code LockSupport.parkNanos} and
 * {@code parkUntil} into calls to these methods (an instance method's receiver becomes
 * the first argument). Sleeps go through {@link BlockingSleep} when the run uses virtual
 * time or the sleeping thread runs an event loop (a blocking sleep there stalls the whole
 * loop, and the trace says so); otherwise, and for the other timed waits, they wait in
 * real time as the replaced calls do.
 */
public final class LearnerWaits {

	private LearnerWaits() {
	}

	public static void sleep(long millis) throws InterruptedException {
		if (BlockingSleep.intercepts() && millis >= 0) {
			BlockingSleep.sleep(TimeUnit.MILLISECONDS.toNanos(millis));
			return;
		}
		Thread.sleep(millis);
	}

	public static void sleep(long millis, int nanos) throws InterruptedException {
		if (BlockingSleep.intercepts() && millis >= 0 && nanos >= 0 && nanos <= 999_999) {
			BlockingSleep.sleep(TimeUnit.MILLISECONDS.toNanos(millis) + nanos);
			return;
		}
		Thread.sleep(millis, nanos);
	}

	public static void sleep(Duration duration) throws InterruptedException {
		if (BlockingSleep.intercepts()) {
			BlockingSleep.sleep(Math.max(0, saturatedNanos(duration)));
			return;
		}
		Thread.sleep(duration);
	}

	public static void sleep(TimeUnit unit, long timeout) throws InterruptedException {
		if (BlockingSleep.intercepts()) {
			if (timeout > 0) {
				BlockingSleep.sleep(unit.toNanos(timeout));
			}
			return;
		}
		unit.sleep(timeout);
	}

	public static void timedJoin(TimeUnit unit, Thread thread, long timeout) throws InterruptedException {
		unit.timedJoin(thread, timeout);
	}

	public static void timedWait(TimeUnit unit, Object monitor, long timeout) throws InterruptedException {
		unit.timedWait(monitor, timeout);
	}

	public static void join(Thread thread, long millis) throws InterruptedException {
		thread.join(millis);
	}

	public static void join(Thread thread, long millis, int nanos) throws InterruptedException {
		thread.join(millis, nanos);
	}

	public static boolean join(Thread thread, Duration duration) throws InterruptedException {
		return thread.join(duration);
	}

	/**
	 * {@code monitor.wait(millis)}; the caller holds the monitor, as the JDK requires.
	 */
	public static void waitOn(Object monitor, long millis) throws InterruptedException {
		monitor.wait(millis);
	}

	public static void waitOn(Object monitor, long millis, int nanos) throws InterruptedException {
		monitor.wait(millis, nanos);
	}

	public static void parkNanos(long nanos) {
		LockSupport.parkNanos(nanos);
	}

	public static void parkNanos(Object blocker, long nanos) {
		LockSupport.parkNanos(blocker, nanos);
	}

	public static void parkUntil(long deadline) {
		LockSupport.parkUntil(deadline);
	}

	public static void parkUntil(Object blocker, long deadline) {
		LockSupport.parkUntil(blocker, deadline);
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
