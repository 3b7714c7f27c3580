package dev.looplab.aio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;
import dev.looplab.aio.VirtualClock;

/**
 * The scheduler benchmark (not a unit test): the two workloads of
 * {@code shared/conformance/bench}, on this runtime and, in the same run, on CPython. Run
 * with {@code java --add-exports java.base/jdk.internal.vm=ALL-UNNAMED -cp ...
 * dev.looplab.aio.bench.SchedulerBench [path/to/shared/conformance/bench]}.
 */
public final class SchedulerBench {

	private static final int TASKS = 10_000;

	private static final int SWITCHES = 110_000;

	private SchedulerBench() {
	}

	public static void main(String[] args) throws Exception {
		Path pythonBench = Path.of((args.length > 0) ? args[0] : "../shared/conformance/bench");
		for (int round = 0; round < 5; round++) {
			report("switch (sleep(0))", switchWorkload(), "");
		}
		for (int round = 0; round < 5; round++) {
			VirtualClock.install();
			report("timers, virtual clock", timerWorkload(), "");
			VirtualClock.uninstall();
			report("timers, real clock", timerWorkload(), "");
		}
		python(pythonBench.resolve("bench_switch.py"));
		python(pythonBench.resolve("bench_timer.py"));
	}

	/** {@code bench_switch.py}: 10,000 tasks x 10 {@code sleep(0)}, gathered. */
	static long switchWorkload() {
		long start = System.nanoTime();
		Aio.run(() -> {
			List<Task<Object>> tasks = new ArrayList<>(TASKS);
			for (int i = 0; i < TASKS; i++) {
				tasks.add(Aio.createTask(() -> {
					for (int k = 0; k < 10; k++) {
						Aio.sleep(0);
					}
				}));
			}
			Aio.gather(tasks).await();
		});
		return System.nanoTime() - start;
	}

	/** {@code bench_timer.py}: 10,000 tasks x 10 sleeps of 0-4 ms, gathered. */
	static long timerWorkload() {
		long start = System.nanoTime();
		Aio.run(() -> {
			List<Task<Object>> tasks = new ArrayList<>(TASKS);
			for (int i = 0; i < TASKS; i++) {
				int n = i;
				tasks.add(Aio.createTask(() -> {
					for (int k = 0; k < 10; k++) {
						Aio.sleep(0.001 * ((n * 7 + k) % 5));
					}
				}));
			}
			Aio.gather(tasks).await();
		});
		return System.nanoTime() - start;
	}

	private static void report(String name, long nanos, String note) {
		System.out.printf("looplab %-22s %.3f M switches/s (%d ms)%s%n", name, SWITCHES / (nanos / 1e9) / 1e6,
				nanos / 1_000_000, note);
	}

	private static void python(Path script) throws IOException, InterruptedException {
		if (!Files.exists(script)) {
			System.out.println("(no " + script + ")");
			return;
		}
		Process process = new ProcessBuilder("python3", script.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes()).trim();
		process.waitFor();
		for (String line : output.split("\n")) {
			System.out.println("cpython " + script.getFileName() + ": " + line);
		}
	}

}
