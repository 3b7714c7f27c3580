package dev.looplab.aio.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;
import dev.looplab.aio.VirtualClock;

/**
 * The scheduler benchmark: task switches per second on the two workloads of the shared
 * conformance set (10,000 tasks x 10 {@code sleep(0)}, and 10,000 tasks x 10 sleeps of
 * 0-4 ms) and memory per suspended task at 10,000 and 100,000 tasks, for this runtime
 * and, in the same run, for CPython's asyncio. Writes its section of
 * {@code docs/benchmarks.md}.
 * <p>
 * Usage: {@code SchedulerBenchmark <benchmarks.md>}, in a JVM with the sandbox's flags
 * (see the {@code bench} profile in the pom).
 */
public final class SchedulerBenchmark {

	static final String START = "<!-- scheduler-benchmark:start -->";

	static final String END = "<!-- scheduler-benchmark:end -->";

	private static final int ROUNDS = 5;

	private static final String PYTHON_SWITCH = """
			import asyncio, time
			async def task():
			    for _ in range(10):
			        await asyncio.sleep(0)
			async def main():
			    await asyncio.gather(*(task() for _ in range(10000)))
			for i in range(%d):
			    t = time.perf_counter(); asyncio.run(main()); print(time.perf_counter() - t)
			""".formatted(ROUNDS);

	private static final String PYTHON_TIMER = """
			import asyncio, time
			async def task(i):
			    for k in range(10):
			        await asyncio.sleep(0.001 * ((i * 7 + k) %% 5))
			async def main():
			    await asyncio.gather(*(task(i) for i in range(10000)))
			for i in range(%d):
			    t = time.perf_counter(); asyncio.run(main()); print(time.perf_counter() - t)
			""".formatted(ROUNDS);

	private static final String PYTHON_MEMORY = """
			import asyncio, sys, tracemalloc
			async def sleeper():
			    await asyncio.sleep(3600)
			async def main(n):
			    tracemalloc.start()
			    base = tracemalloc.get_traced_memory()[0]
			    tasks = [asyncio.create_task(sleeper()) for _ in range(n)]
			    await asyncio.sleep(0)
			    await asyncio.sleep(0)
			    print((tracemalloc.get_traced_memory()[0] - base) / n)
			    for t in tasks:
			        t.cancel()
			    await asyncio.gather(*tasks, return_exceptions=True)
			asyncio.run(main(int(sys.argv[1])))
			""";

	private SchedulerBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args[0].equals("--java-only")) {
			javaSide().forEach(System.out::println);
			return;
		}
		Path report = Path.of(args[0]);
		List<Double> jit = javaSide();
		List<Double> sandbox = inSandboxFlags();
		List<String> rows = new ArrayList<>();
		rows.add(switchRow("10,000 tasks x 10 `sleep(0)`", jit.get(0), sandbox.get(0), bestOf(python(PYTHON_SWITCH))));
		rows.add(switchRow("10,000 tasks x 10 sleeps of 0-4 ms, real clock", jit.get(1), sandbox.get(1),
				bestOf(python(PYTHON_TIMER))));
		rows.add(String.format(Locale.ROOT,
				"| 10,000 tasks x 10 sleeps of 0-4 ms, virtual clock | %.3f | %.3f | (no virtual clock) | | |",
				0.11 / jit.get(2), 0.11 / sandbox.get(2)));
		List<String> memory = new ArrayList<>();
		for (int tasks : new int[] { 10_000, 100_000 }) {
			double java = bytesPerSuspendedTask(tasks);
			double cpython = python(PYTHON_MEMORY, Integer.toString(tasks)).getFirst();
			memory.add(String.format(Locale.ROOT, "| %,d | %.0f | %.0f |", tasks, java, cpython));
		}
		String section = markdown(rows, memory);
		writeInto(report, section);
		System.out.println(section);
	}

	/**
	 * Seconds of the best round of each workload: switches, timers, timers in virtual
	 * time.
	 */
	private static List<Double> javaSide() {
		double switches = best(ROUNDS, SchedulerBench::switchWorkload);
		double timers = best(ROUNDS, SchedulerBench::timerWorkload);
		VirtualClock.install();
		double virtual = best(ROUNDS, SchedulerBench::timerWorkload);
		VirtualClock.uninstall();
		return List.of(switches, timers, virtual);
	}

	private static List<Double> inSandboxFlags() throws IOException, InterruptedException {
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
				"-XX:ActiveProcessorCount=1", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				SchedulerBenchmark.class.getName(), "--java-only")
			.redirectErrorStream(true)
			.start();
		String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		if (child.waitFor() != 0) {
			throw new IllegalStateException("The JVM with the sandbox's flags failed: " + output);
		}
		return output.lines().map(Double::parseDouble).toList();
	}

	private static String switchRow(String workload, double jitSeconds, double sandboxSeconds, double pythonSeconds) {
		double jit = 0.11 / jitSeconds;
		double sandbox = 0.11 / sandboxSeconds;
		double python = 0.11 / pythonSeconds;
		return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.1fx | %.1fx |", workload, jit, sandbox, python,
				jit / python, sandbox / python);
	}

	/**
	 * Heap that N tasks suspended in {@code sleep(3600)} keep alive, per task: the task,
	 * its continuation's stack, its timer.
	 */
	static double bytesPerSuspendedTask(int count) {
		double[] perTask = new double[1];
		long before = usedAfterGc();
		Aio.run(() -> {
			List<Task<Object>> tasks = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				tasks.add(Aio.createTask(() -> Aio.sleep(3600)));
			}
			Aio.sleep(0);
			Aio.sleep(0);
			perTask[0] = (usedAfterGc() - before) / (double) count;
			tasks.forEach(Task::cancel);
			Aio.gatherReturningExceptions(tasks).await();
		});
		return perTask[0];
	}

	private static long usedAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/** The fastest of several rounds, in seconds: the least disturbed by the machine. */
	private static double best(int rounds, Workload workload) {
		double best = Double.MAX_VALUE;
		for (int i = 0; i < rounds; i++) {
			best = Math.min(best, workload.run() / 1e9);
		}
		return best;
	}

	private static double bestOf(List<Double> seconds) {
		return seconds.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
	}

	private static List<Double> python(String script, String... args) throws IOException, InterruptedException {
		Path file = Files.createTempFile("looplab-bench", ".py");
		try {
			Files.writeString(file, script);
			List<String> command = new ArrayList<>(List.of("python3", file.toString()));
			command.addAll(Arrays.asList(args));
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			if (process.waitFor() != 0) {
				throw new IllegalStateException("python3 failed: " + output);
			}
			return output.lines().map(Double::parseDouble).toList();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static String markdown(List<String> switches, List<String> memory)
			throws IOException, InterruptedException {
		StringBuilder md = new StringBuilder(START).append("\n## The event loop against CPython's asyncio\n\n");
		md.append(String.format(Locale.ROOT,
				"Measured %s on %s (%d cores), %s %s, against %s in the same run."
						+ " Command: `./mvnw -Pbench verify`.%n%n",
				LocalDate.now(), cpu(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
				System.getProperty("java.version"), pythonVersion()));
		md.append("Task switches per second (each task resumes 11 times: 10 sleeps and its start), the best of ")
			.append(ROUNDS)
			.append(" rounds each:\n\n");
		md.append("Looplab runs each workload with the JIT's defaults and with the sandbox JVM's flags (C1 only,");
		md.append(" one CPU, serial GC), which is what a learner's program gets.\n\n");
		md.append("| workload | Looplab, default JIT (M/s) | Looplab, sandbox flags (M/s) | CPython (M/s) |"
				+ " default / CPython | sandbox / CPython |\n");
		md.append("|---|---:|---:|---:|---:|---:|\n");
		switches.forEach((row) -> md.append(row).append('\n'));
		md.append("\nMemory kept alive per task suspended in `sleep(3600)` (Looplab: heap after a full GC;"
				+ " CPython: `tracemalloc`):\n\n");
		md.append("| tasks | Looplab bytes per task | CPython bytes per task |\n|---:|---:|---:|\n");
		memory.forEach((row) -> md.append(row).append('\n'));
		return md.append(END).append('\n').toString();
	}

	private static String cpu() throws IOException {
		Path info = Path.of("/proc/cpuinfo");
		if (Files.exists(info)) {
			for (String line : Files.readAllLines(info)) {
				if (line.startsWith("model name")) {
					return line.substring(line.indexOf(':') + 1).strip();
				}
			}
		}
		return System.getProperty("os.arch");
	}

	private static String pythonVersion() throws IOException, InterruptedException {
		Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
		String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		process.waitFor();
		return version.replace("Python", "CPython");
	}

	private static void writeInto(Path report, String section) throws IOException {
		String text = Files.exists(report) ? Files.readString(report) : "# Benchmarks\n";
		int start = text.indexOf(START);
		int end = text.indexOf(END);
		String updated = (start >= 0 && end > start)
				? text.substring(0, start) + section + text.substring(end + END.length() + 1)
				: text.stripTrailing() + "\n\n" + section;
		Files.writeString(report, updated);
	}

	@FunctionalInterface
	interface Workload {

		long run();

	}

}
