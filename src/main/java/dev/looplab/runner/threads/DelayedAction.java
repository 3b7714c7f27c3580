package dev.looplab.runner.threads;

import java.util.concurrent.CompletableFuture;

/**
 * What the JDK's {@code CompletableFuture} delayer thread does, in virtual time: a daemon
 * scheduled thread named as the JDK's ({@code CompletableFutureDelayScheduler}) sleeps
 * for the delay, then acts ({@code orTimeout}, {@code completeOnTimeout},
 * {@code delayedExecutor}). A timeout whose future completes first is cancelled, as in
 * the JDK, so that its timer no longer holds the clock.
 */
final class DelayedAction {

	static final String NAME = "CompletableFutureDelayScheduler";

	private DelayedAction() {
	}

	/**
	 * Runs the action after nanos of virtual time, unless the future (if any) completes
	 * first.
	 */
	static void after(long nanos, CompletableFuture<?> future, Runnable action) {
		Thread delayer = new ScheduledThread(() -> {
			try {
				if (nanos > 0) {
					LearnerThreads.sleep(nanos);
				}
			}
			catch (InterruptedException ex) {
				// Cancelled: the future completed first.
				return;
			}
			action.run();
		}, NAME, true);
		LearnerThreads.start(delayer);
		if (future != null) {
			future.whenComplete((value, failure) -> {
				if (Thread.currentThread() != delayer) {
					LearnerThreads.interrupt(delayer);
				}
			});
		}
	}

}
