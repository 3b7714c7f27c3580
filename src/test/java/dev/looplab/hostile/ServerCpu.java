package dev.looplab.hostile;

import java.lang.management.ManagementFactory;
import java.util.OptionalDouble;

import com.sun.management.OperatingSystemMXBean;

/**
 * Whether the server (which, in this test, is the test's own JVM) has gone quiet after a
 * run: a compile or a helper thread left running for a hostile source keeps burning CPU
 * after the run's result, which the other checks would not see. Children's CPU is not
 * counted, so refilling the pool does not disturb the measure.
 */
final class ServerCpu {

	private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private static final long WINDOW_MILLIS = 200;

	/** Above this share of one core for every window, something keeps running. */
	private static final double BUSY = 0.5;

	private ServerCpu() {
	}

	/**
	 * Measures a few short windows; empty when one of them was quiet, otherwise the
	 * lowest share of a core the server used.
	 */
	static OptionalDouble busyShare() throws InterruptedException {
		double lowest = Double.MAX_VALUE;
		for (int window = 0; window < 5; window++) {
			long cpuBefore = OS.getProcessCpuTime();
			long wallBefore = System.nanoTime();
			Thread.sleep(WINDOW_MILLIS);
			double share = (double) (OS.getProcessCpuTime() - cpuBefore) / (System.nanoTime() - wallBefore);
			if (share < BUSY) {
				return OptionalDouble.empty();
			}
			lowest = Math.min(lowest, share);
		}
		return OptionalDouble.of(lowest);
	}

}
