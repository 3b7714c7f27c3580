package dev.looplab.runner;

/**
 * Waits, as the JVM itself would before exiting, for every non-daemon thread the program
 * started. Virtual threads are daemons, so (as in plain Java) the program does not wait
 * for them.
 */
final class NonDaemonThreads {

	private NonDaemonThreads() {
	}

	static void awaitAll() {
		Thread self = Thread.currentThread();
		boolean waited = true;
		while (waited) {
			waited = false;
			for (Thread thread : Thread.getAllStackTraces().keySet()) {
				if (thread != self && !thread.isDaemon() && thread.isAlive()
						&& !"DestroyJavaVM".equals(thread.getName())) {
					join(thread);
					waited = true;
				}
			}
		}
	}

	private static void join(Thread thread) {
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
