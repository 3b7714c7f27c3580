package dev.looplab.runner.threads;

import java.util.Arrays;
import java.util.Map;

/**
 * Whether a thread the scheduler does not run could still wake one it does: a pool's
 * worker or an event loop's executor may notify or release a lock later, in real time.
 * Then the scheduled threads all waiting is no deadlock (yet), and the run waits for that
 * thread, as it did before there was a scheduler.
 */
final class OutsideThreads {

	/** The runner's own threads (the CPU budget's watchdog) never touch learner state. */
	private static final String RUNNER_PREFIX = "looplab-";

	private OutsideThreads() {
	}

	/** Any live thread of the program's thread group other than the scheduled ones. */
	static boolean anyAlive(ThreadGroup group, Map<Thread, Strand> scheduled) {
		Thread[] threads = new Thread[group.activeCount() + 8];
		int count = group.enumerate(threads);
		return Arrays.stream(threads, 0, count)
			.anyMatch((thread) -> thread.isAlive() && !scheduled.containsKey(thread)
					&& !thread.getName().startsWith(RUNNER_PREFIX));
	}

}
