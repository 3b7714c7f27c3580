package dev.looplab.runner;

import java.util.Set;

/**
 * The CPU budget of a learner's program. The sandbox instruments learner code to call
 * {@link #tick()} at every method entry and loop header; a watchdog thread measures the
 * CPU time the program has used and, once it exceeds the limit, raises a flag that the
 * next tick sees. That tick stops its thread for good and lets the watchdog report where
 * it was and end the JVM: it never throws, because a program can catch and ignore any
 * exception.
 */
public final class Budget {

	/** The exit code of a sandbox JVM whose program used up its CPU budget. */
	static final int EXIT_CODE = Protocol.CPU_BUDGET_EXIT_CODE;

	/**
	 * Read on every tick, so it must stay one plain volatile load: the watchdog sets it
	 * once, never back.
	 */
	private static volatile boolean exhausted;

	/** Set before the watchdog can raise the flag, so a tick that sees it sees this. */
	private static BudgetStop stop;

	/** The watchdog of the job under way, or null. */
	private static BudgetWatchdog watchdog;

	private Budget() {
	}

	/**
	 * Called by instrumented learner code; costs a volatile read until the budget runs
	 * out.
	 */
	public static void tick() {
		if (exhausted) {
			stop.fromTick();
		}
	}

	/**
	 * Gets ready to end the run cleanly; called while the JVM idles, so that the first
	 * reading of the CPU clock is not paid by the learner's run.
	 */
	static void prepare(BudgetStop stopper) {
		stop = stopper;
		BudgetClock.warmUp();
	}

	/**
	 * Starts counting the learner's CPU time against the limit; a limit of zero or less
	 * means none.
	 */
	static void arm(long limitMillis, Set<String> learnerClasses) {
		if (limitMillis <= 0) {
			return;
		}
		stop.knowLearnerClasses(learnerClasses);
		watchdog = BudgetWatchdog.start(Math.min(limitMillis, Long.MAX_VALUE / 1_000_000) * 1_000_000, stop);
	}

	/**
	 * Stops counting once a job has ended within its budget, before the JVM takes another
	 * job: an exhausted budget never gets here, since it ends the JVM.
	 */
	static void disarm() {
		BudgetWatchdog current = watchdog;
		watchdog = null;
		if (current != null) {
			current.disarm();
		}
	}

	/** The watchdog's signal: the next tick on any learner thread ends the run. */
	static void exhaust() {
		exhausted = true;
	}

}
