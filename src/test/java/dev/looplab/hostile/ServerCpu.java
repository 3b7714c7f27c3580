package dev.looplab.hostile;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the server (which, in this test, is the test's own JVM) has gone quiet after a
 * run: a compile or a helper thread left running for a hostile source keeps burning CPU
 * after the run's result, which the other checks would not see. Only Java threads are
 * counted, so the JIT compiler and the garbage collector catching up after a busy test
 * (which once kept the whole process at 0.95 of a core for a second on a loaded CI
 * machine) do not count, and neither does the children's CPU.
 */
final class ServerCpu {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final long WINDOW_MILLIS = 100;

	private static final int WINDOWS = 15;

	/** Above this share of one core for every window, something keeps running. */
	private static final double BUSY = 0.5;

	private ServerCpu() {
	}

	/**
	 * Measures up to fifteen short windows; empty when one of them was quiet, otherwise
	 * the busiest thread of the last window and the share of a core all threads used.
	 */
	static Optional<String> busyThreads() throws InterruptedException {
		String busiest = "";
		for (int window = 0; window < WINDOWS; window++) {
			Map<Long, Long> before = cpuByThread();
			long wallBefore = System.nanoTime();
			Thread.sleep(WINDOW_MILLIS);
			Map<Long, Long> after = cpuByThread();
			long wall = System.nanoTime() - wallBefore;
			long total = 0;
			long most = -1;
			long mostId = -1;
			for (Map.Entry<Long, Long> thread : after.entrySet()) {
				long used = thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
				total += used;
				if (used > most) {
					most = used;
					mostId = thread.getKey();
				}
			}
			double share = (double) total / wall;
			if (share < BUSY) {
				return Optional.empty();
			}
			var info = THREADS.getThreadInfo(mostId);
			busiest = "%.2f of a core, most by thread %s".formatted(share, (info != null) ? info.getThreadName() : "?");
		}
		return Optional.of(busiest);
	}

	private static Map<Long, Long> cpuByThread() {
		Map<Long, Long> cpu = new HashMap<>();
		for (long id : THREADS.getAllThreadIds()) {
			long used = THREADS.getThreadCpuTime(id);
			if (used >= 0) {
				cpu.put(id, used);
			}
		}
		return cpu;
	}

}
