package dev.looplab.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Ends a run whose CPU budget is spent: sends what the program printed so far, an EXIT
 * frame saying where the program was, and halts the JVM. Exactly one thread does so; any
 * other learner thread that ticks meanwhile stops where it is.
 */
final class BudgetStop {

	/**
	 * How long the watchdog lets a learner thread finish ending the run before halting.
	 */
	private static final Duration LAST_RESORT = Duration.ofSeconds(1);

	private final FrameWriter frames;

	private final List<LineStream> streams;

	private final AtomicBoolean ending = new AtomicBoolean();

	private volatile Set<String> learnerClasses = Set.of();

	BudgetStop(FrameWriter frames, LineStream... streams) {
		this.frames = frames;
		this.streams = List.of(streams);
	}

	void knowLearnerClasses(Set<String> names) {
		this.learnerClasses = Set.copyOf(names);
	}

	/**
	 * On a learner thread that ticked after the budget ran out: it is the one to blame.
	 */
	void fromTick() {
		if (this.ending.compareAndSet(false, true)) {
			Optional<BudgetPlace> place = StackWalker.getInstance()
				.walk((frames) -> frames.filter((f) -> this.learnerClasses.contains(f.getClassName()))
					.findFirst()
					.map((f) -> new BudgetPlace(f.getClassName(), f.getMethodName(), f.getLineNumber())));
			end(place.map((p) -> p.describe(Thread.currentThread().getName())).orElse(""));
		}
		// Another thread is ending the run; this one must not compute any further.
		while (true) {
			LockSupport.park(this);
		}
	}

	/**
	 * On the watchdog, when no learner thread ticked in time: a thread busy inside
	 * library code, found from the stacks of all threads.
	 */
	void fromWatchdog() {
		if (this.ending.compareAndSet(false, true)) {
			end(busyLearnerThread());
		}
		LockSupport.parkNanos(LAST_RESORT.toNanos());
		Runtime.getRuntime().halt(Budget.EXIT_CODE);
	}

	private String busyLearnerThread() {
		for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
			if (entry.getKey().getState() != Thread.State.RUNNABLE) {
				continue;
			}
			for (StackTraceElement frame : entry.getValue()) {
				if (this.learnerClasses.contains(frame.getClassName())) {
					return new BudgetPlace(frame.getClassName(), frame.getMethodName(), frame.getLineNumber())
						.describe(entry.getKey().getName());
				}
			}
		}
		return "";
	}

	private void end(String where) {
		try {
			this.streams.forEach(LineStream::finish);
			this.frames.exit(Budget.EXIT_CODE, Protocol.Ending.CPU_BUDGET, where);
		}
		catch (IOException | UncheckedIOException ex) {
			// The server stopped listening; ending the JVM is all that is left to do.
		}
		finally {
			Runtime.getRuntime().halt(Budget.EXIT_CODE);
		}
	}

}
