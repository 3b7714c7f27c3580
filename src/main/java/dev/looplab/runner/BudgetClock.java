package dev.looplab.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * How much CPU time a program has used since it started, for its budget: the larger of
 * the process's CPU time (every thread, the JIT and the GC, including threads that have
 * ended) and the time its busiest thread was running or ready to run (Linux's
 * {@code /proc/self/task/<id>/schedstat}). The second grows at the pace of real time for
 * a thread that never stops computing, even when other processes share the cores, so such
 * a loop is stopped about when the budget says however loaded the machine is; taking one
 * thread rather than the sum means four threads taking turns on one core are not charged
 * four times. Where the platform reports neither, real time counts, which is never less.
 */
final class BudgetClock {

	private static final Path TASKS = Path.of("/proc/self/task");

	private final long startCpu;

	/** Run-or-ready time of each thread at the start, by thread id; null if unknown. */
	private final Map<String, Long> startRunnable;

	private final long startWall;

	private BudgetClock(long startCpu, Map<String, Long> startRunnable, long startWall) {
		this.startCpu = startCpu;
		this.startRunnable = startRunnable;
		this.startWall = startWall;
	}

	static BudgetClock start() {
		return new BudgetClock(processCpuNanos(), runnableByThread(), System.nanoTime());
	}

	long usedNanos() {
		long used = Long.MIN_VALUE;
		if (this.startCpu >= 0) {
			used = Math.max(used, processCpuNanos() - this.startCpu);
		}
		Map<String, Long> runnable = (this.startRunnable != null) ? runnableByThread() : null;
		if (runnable != null) {
			for (Map.Entry<String, Long> thread : runnable.entrySet()) {
				used = Math.max(used, thread.getValue() - this.startRunnable.getOrDefault(thread.getKey(), 0L));
			}
		}
		return (used != Long.MIN_VALUE) ? used : System.nanoTime() - this.startWall;
	}

	/** Reads both clocks once, so that their first use is not paid by a learner's run. */
	static void warmUp() {
		processCpuNanos();
		runnableByThread();
	}

	/** The CPU time this JVM has used since it started, or -1 when unknown. */
	static long processCpuMillis() {
		long nanos = processCpuNanos();
		return (nanos >= 0) ? nanos / 1_000_000 : -1;
	}

	private static long processCpuNanos() {
		return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
	}

	/**
	 * How long each live thread ran or waited to run, in nanoseconds; null if unknown.
	 */
	private static Map<String, Long> runnableByThread() {
		Map<String, Long> threads = new HashMap<>();
		try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
			for (Path task : tasks) {
				long nanos = runnableNanos(task.resolve("schedstat"));
				if (nanos >= 0) {
					threads.put(task.getFileName().toString(), nanos);
				}
			}
			return threads;
		}
		catch (IOException | UncheckedIOException | NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * schedstat holds: time on a CPU, time waiting on a run queue, time slices; -1 when
	 * the thread ended between listing and reading.
	 */
	private static long runnableNanos(Path schedstat) throws IOException {
		String text;
		try {
			text = Files.readString(schedstat);
		}
		catch (NoSuchFileException ex) {
			return -1;
		}
		int first = text.indexOf(' ');
		int second = text.indexOf(' ', first + 1);
		return Long.parseLong(text, 0, first, 10) + Long.parseLong(text, first + 1, second, 10);
	}

}
