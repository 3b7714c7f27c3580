package dev.looplab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The results of one benchmark session as Markdown, written between markers in
 * {@code docs/benchmarks.md} so each session replaces its own section and leaves the rest
 * of the file alone.
 */
final class BenchmarkReport {

	private static final String START = "<!-- run-benchmark:start -->";

	private static final String END = "<!-- run-benchmark:end -->";

	private final List<String> rows = new ArrayList<>();

	private String memory = "";

	void add(String how, Workload workload, int concurrency, Samples samples) {
		this.rows.add(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.0f | %.0f | %.1f |", how, workload.name(),
				concurrency, samples.count(), samples.percentile(50), samples.percentile(95), samples.perSecond()));
	}

	void memory(double serverMiB, List<Double> slotMiB, List<Double> compilerMiB, double wrappersMiB) {
		this.memory = String.format(Locale.ROOT,
				"Resident memory after the runs: server %.0f MiB; %d idle sandbox JVMs, %.0f MiB each on average;"
						+ " %d compiler JVMs, %.0f MiB each; the bubblewrap and setpriv wrappers of all of them, %.0f MiB"
						+ " in all.",
				serverMiB, slotMiB.size(), average(slotMiB), compilerMiB.size(), average(compilerMiB), wrappersMiB);
	}

	private static double average(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append(START).append("\n## Runs through the HTTP API\n\n");
		md.append(String.format(Locale.ROOT,
				"Measured %s on %s (%d cores, %s), %s %s. Command: `./mvnw -Pbench verify`.%n%n", LocalDate.now(),
				machine(), Runtime.getRuntime().availableProcessors(), memoryOfMachine(),
				System.getProperty("java.vm.name"), System.getProperty("java.version")));
		md.append("Latency is from sending `POST /api/runs` to receiving the `result` event, compile included; ");
		md.append(
				"for the peers' way, from writing the file to the end of `java`. Throughput is runs completed per second ");
		md.append("over the whole series.\n\n");
		md.append("| how | workload | concurrency | runs | p50 ms | p95 ms | runs/s |\n");
		md.append("|---|---|---:|---:|---:|---:|---:|\n");
		this.rows.forEach((row) -> md.append(row).append('\n'));
		md.append('\n').append(this.memory).append('\n').append(END).append('\n');
		return md.toString();
	}

	void writeInto(Path file) throws IOException {
		MarkedSection.write(file, START, END, markdown());
	}

	static String machine() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).strip())
				.findFirst()
				.orElse("an unknown CPU");
		}
		catch (IOException ex) {
			return "an unknown CPU";
		}
	}

	private static String memoryOfMachine() {
		long bytes = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getTotalMemorySize();
		return String.format(Locale.ROOT, "%.0f GiB RAM", bytes / (1024.0 * 1024 * 1024));
	}

}
