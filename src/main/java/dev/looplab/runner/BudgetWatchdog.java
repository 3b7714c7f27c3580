package dev.looplab.runner;

import java.time.Duration;

/**
 * A daemon thread that compares the CPU time the program has used since it started with
 * its budget (see {@link BudgetClock}). When the budget is spent it waits for a learner
 * thread's next {@link Budget#tick()}, which stops that thread and names it, and ends the
 * run where that thread is; a thread busy inside library code never ticks, so after a
 * short grace the watchdog ends the run where such a thread is.
 */
final class BudgetWatchdog implements Runnable {

	/**
	 * Reading the threads' times costs about 10-30 µs a thread, so a few times a second
	 * is enough.
	 */
	private static final long POLL_MILLIS = 50;

	private static final long GRACE_MILLIS = 200;

	private final long limitNanos;

	private final BudgetStop stop;

	/** Set when the job ended within its budget and the JVM takes another one. */
	private volatile boolean disarmed;

	private Thread thread;

	private BudgetWatchdog(long limitNanos, BudgetStop stop) {
		this.limitNanos = limitNanos;
		this.stop = stop;
	}

	static BudgetWatchdog start(long limitNanos, BudgetStop stop) {
		BudgetWatchdog watchdog = new BudgetWatchdog(limitNanos, stop);
		watchdog.thread = Thread.ofPlatform()
			.name("looplab-cpu-budget")
			.daemon()
			.priority(Thread.MAX_PRIORITY)
			.start(watchdog);
		return watchdog;
	}

	/**
	 * Stops watching and waits until the thread has ended, so that it can neither end the
	 * next job nor count as something the last one left running.
	 */
	void disarm() {
		this.disarmed = true;
		boolean ended = false;
		while (!ended) {
			try {
				this.thread.join();
				ended = true;
			}
			catch (InterruptedException ex) {
				// Only the runner's own thread calls this; keep waiting.
			}
		}
	}

	@Override
	public void run() {
		this.stop.watchedBy(Thread.currentThread());
		BudgetClock clock = BudgetClock.start();
		while (clock.usedNanos() < this.limitNanos) {
			if (this.disarmed) {
				return;
			}
			pause(POLL_MILLIS);
		}
		if (this.disarmed) {
			return;
		}
		Budget.exhaust();
		this.stop.fromWatchdog(GRACE_MILLIS * 1_000_000);
	}

	/**
	 * Sleeps; the learner may interrupt any thread it can see, so interrupts are ignored.
	 */
	private static void pause(long millis) {
		long end = System.nanoTime() + millis * 1_000_000;
		for (long left = millis * 1_000_000; left > 0; left = end - System.nanoTime()) {
			try {
				Thread.sleep(Duration.ofNanos(left));
			}
			catch (InterruptedException ex) {
				// Keep watching: only the end of the JVM stops the budget.
			}
		}
	}

}
