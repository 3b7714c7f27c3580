package dev.looplab.runner.threads;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.looplab.aio.VirtualClock;

/**
 * Runs test code under a thread scheduler without a sandbox: the test's threads call the
 * hooks that instrumented learner code would call.
 */
final class ScheduledRuns {

	private ScheduledRuns() {
	}

	/**
	 * Runs the body as the scheduler's main thread, in a thread group of its own (so that
	 * the test JVM's other threads do not count as outsiders), and says how it ended.
	 */
	static String runAsMain(Long seed, Body body) throws Exception {
		CompletableFuture<String> ended = new CompletableFuture<>();
		Thread main = new Thread(new ThreadGroup("scheduled"), () -> {
			ThreadScheduler scheduler = ThreadScheduler.install(seed, VirtualClock.install(), (record) -> {
			}, (report) -> ended.complete("deadlock: " + report));
			try {
				body.run();
				scheduler.mainEnded();
				ended.complete("over");
			}
			catch (Throwable ex) {
				ended.completeExceptionally(ex);
			}
		}, "main");
		// A deadlocked test leaves its threads parked for good: they must not keep the
		// JVM.
		main.setDaemon(true);
		main.start();
		return ended.get(10, TimeUnit.SECONDS);
	}

	static Thread worker(String name, Body body) {
		Thread thread = new ScheduledThread(() -> {
			try {
				body.run();
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}, name);
		thread.setDaemon(true);
		return thread;
	}

	static String seconds() {
		return String.format(Locale.ROOT, "%.3f", VirtualClock.installed().nanos() / 1e9);
	}

	@FunctionalInterface
	interface Body {

		void run() throws InterruptedException;

	}

}
