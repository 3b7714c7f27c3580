package dev.looplab.runner;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;

import dev.looplab.aio.VirtualClock;
import dev.looplab.runner.threads.ThreadScheduler;

/**
 * What a sandbox JVM looked like when it first reported ready, so that after a plain job
 * it can be put back that way and take the same learner's next job (ADR 20). It puts back
 * what a program may change for the whole JVM (the default locales and time zone, the
 * default handler of uncaught exceptions, the name, priority and interrupt flag of the
 * runner's thread, the clock and the thread scheduler), and refuses to go on when
 * something is left it cannot take back: a thread the job started that still lives, or a
 * heap that is still full after a collection. The learner's classes need nothing: each
 * job loads them afresh in a class loader of its own.
 */
final class CleanSlate {

	/** Past this share of the maximum heap in use after a collection, start afresh. */
	private static final double MAX_HEAP_SHARE_KEPT = 0.5;

	private static final long LAST_THREADS_GRACE_NANOS = 200_000_000;

	private final Set<Thread> threads;

	private final Locale locale;

	private final Locale displayLocale;

	private final Locale formatLocale;

	private final TimeZone timeZone;

	private final String runnerName;

	private final int runnerPriority;

	private CleanSlate(Set<Thread> threads) {
		this.threads = threads;
		this.locale = Locale.getDefault();
		this.displayLocale = Locale.getDefault(Locale.Category.DISPLAY);
		this.formatLocale = Locale.getDefault(Locale.Category.FORMAT);
		this.timeZone = TimeZone.getDefault();
		Thread runner = Thread.currentThread();
		this.runnerName = runner.getName();
		this.runnerPriority = runner.getPriority();
	}

	/** Notes the JVM as it is now; called by the runner's thread before the first job. */
	static CleanSlate take() {
		return new CleanSlate(Set.copyOf(Thread.getAllStackTraces().keySet()));
	}

	/**
	 * Puts the JVM back as it was noted; false when something is left that cannot be put
	 * back, and the JVM must end rather than take another job.
	 */
	boolean restore() {
		Locale.setDefault(this.locale);
		Locale.setDefault(Locale.Category.DISPLAY, this.displayLocale);
		Locale.setDefault(Locale.Category.FORMAT, this.formatLocale);
		TimeZone.setDefault(this.timeZone);
		Thread.setDefaultUncaughtExceptionHandler(null);
		Thread runner = Thread.currentThread();
		runner.setName(this.runnerName);
		runner.setPriority(this.runnerPriority);
		Thread.interrupted();
		ThreadScheduler.uninstall();
		VirtualClock.uninstall();
		return noThreadLeft() && heapEmptied();
	}

	/**
	 * Whether every live thread was there before the first job: a thread a program
	 * started and left running would go on into the next job. Threads that were there may
	 * have ended since (an idle pool's workers do); a new one gets a moment to end, since
	 * the event loop's workers say they are done just before they are.
	 */
	private boolean noThreadLeft() {
		long deadline = System.nanoTime() + LAST_THREADS_GRACE_NANOS;
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (!this.threads.contains(thread) && !endsBy(thread, deadline)) {
				return false;
			}
		}
		return true;
	}

	private static boolean endsBy(Thread thread, long deadline) {
		long left = deadline - System.nanoTime();
		try {
			return left > 0 && thread.join(Duration.ofNanos(left));
		}
		catch (InterruptedException ex) {
			return false;
		}
	}

	private static boolean heapEmptied() {
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		long used = runtime.totalMemory() - runtime.freeMemory();
		return used < runtime.maxMemory() * MAX_HEAP_SHARE_KEPT;
	}

}
