package dev.looplab.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Ends a run whose CPU budget is spent: sends what the program printed so far, an EXIT
 * frame saying where the program was, and halts the JVM. The watchdog does all of it on
 * its own thread: the learner thread that ticks first only names itself and stops, since
 * its stack may be all but full (a recursion that starts again in every finally block
 * overflows the stack thousands of times a second, and would overflow again in any
 * reporting done there).
 */
final class BudgetStop {

	private final FrameWriter frames;

	private final List<LineStream> streams;

	private final AtomicReference<Thread> culprit = new AtomicReference<>();

	private volatile Thread watchdog;

	private volatile Set<String> learnerClasses = Set.of();

	BudgetStop(FrameWriter frames, LineStream... streams) {
		this.frames = frames;
		this.streams = List.of(streams);
	}

	void knowLearnerClasses(Set<String> names) {
		this.learnerClasses = Set.copyOf(names);
	}

	/** The thread that ends the run; set before the budget can run out. */
	void watchedBy(Thread thread) {
		this.watchdog = thread;
	}

	/**
	 * On a learner thread that ticked after the budget ran out: it is the one to blame.
	 * Only a few frames deep, so that it gets through even on a full stack; a
	 * StackOverflowError here lets the next tick, a frame or more up, try again.
	 */
	void fromTick() {
		if (this.culprit.compareAndSet(null, Thread.currentThread())) {
			LockSupport.unpark(this.watchdog);
		}
		// The watchdog ends the run; this thread must not compute any further.
		while (true) {
			LockSupport.park(this);
		}
	}

	/**
	 * On the watchdog once the budget is spent: waits up to {@code graceNanos} for a
	 * learner thread to tick, then ends the run where that thread is; when none ticked,
	 * where a thread busy inside library code is.
	 */
	void fromWatchdog(long graceNanos) {
		long deadline = System.nanoTime() + graceNanos;
		for (long left = graceNanos; this.culprit.get() == null && left > 0; left = deadline - System.nanoTime()) {
			LockSupport.parkNanos(this, left);
		}
		Thread ticked = this.culprit.get();
		if (ticked != null) {
			end(ticked, ticked.getStackTrace());
		}
		else {
			endAtBusyLearnerThread();
		}
	}

	private void endAtBusyLearnerThread() {
		Thread busy = null;
		StackTraceElement[] stack = new StackTraceElement[0];
		for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
			if (entry.getKey().getState() == Thread.State.RUNNABLE
					&& BudgetPlace.find(entry.getValue(), this.learnerClasses) != null) {
				busy = entry.getKey();
				stack = entry.getValue();
				break;
			}
		}
		end(busy, stack);
	}

	private void end(Thread thread, StackTraceElement[] stack) {
		BudgetPlace place = BudgetPlace.find(stack, this.learnerClasses);
		String where = (place != null && thread != null) ? place.describe(thread.getName()) : "";
		boolean recursion = place != null && place.inRecursion();
		try {
			this.streams.forEach(LineStream::finish);
			this.frames.exit(Budget.EXIT_CODE,
					recursion ? Protocol.Ending.CPU_BUDGET_IN_RECURSION : Protocol.Ending.CPU_BUDGET, where);
		}
		catch (IOException | UncheckedIOException ex) {
			// The server stopped listening; ending the JVM is all that is left to do.
		}
		finally {
			Runtime.getRuntime().halt(Budget.EXIT_CODE);
		}
	}

}
