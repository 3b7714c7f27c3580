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

	/**
	 * Waits for the thread to end; an interrupt (the program may interrupt the runner's
	 * thread) does not cut the wait short.
	 */
	private static void join(Thread thread) {
		boolean joined = false;
		while (!joined) {
			try {
				thread.join();
				joined = true;
			}
			catch (InterruptedException ex) {
				// Keep waiting: the JVM would too.
			}
		}
	}

}
