package dev.looplab.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures what checking and instrumenting cost: the time per class (first use and warm)
 * and the slowdown the budget ticks cause in a tight 200-million-iteration loop, run in
 * separate JVMs with the sandbox's C1-only flags and with the default compilers. Not a
 * test (timings on a shared machine make poor assertions); run it by hand from the
 * project folder after {@code test-compile}:
 * {@code java -cp <build>/test-classes:<build>/classes dev.looplab.sandbox.BytecodeOverhead}.
 */
public final class BytecodeOverhead {

	private static final String LOOP = """
			public class Main {
				public static void main(String[] args) {
					for (int round = 0; round < 6; round++) {
						long start = System.nanoTime();
						long sum = 0;
						for (int i = 0; i < 200_000_000; i++) {
							sum += i ^ (sum >>> 3);
						}
						System.out.println((System.nanoTime() - start) / 1_000_000 + " " + sum);
					}
				}
			}
			""";

	private BytecodeOverhead() {
	}

	public static void main(String[] args) throws Exception {
		List<Map<String, byte[]>> programs = new ArrayList<>();
		try (Stream<Path> examples = Files.walk(Path.of("content/chapters"))) {
			for (Path example : examples.filter((p) -> p.toString().endsWith(".java")).toList()) {
				programs.add(BytecodeTestCompiler.compile(Files.readString(example)));
			}
		}
		int classes = programs.stream().mapToInt(Map::size).sum();
		long first = System.nanoTime();
		prepareAll(programs);
		System.out.printf("check+instrument, first use: %.1f ms for %d classes%n", (System.nanoTime() - first) / 1e6,
				classes);
		// The first thousand rounds let the JIT compile the checker; the next thousand
		// count.
		double[] warm = new double[1000];
		for (int i = -1000; i < warm.length; i++) {
			long start = System.nanoTime();
			prepareAll(programs);
			if (i >= 0) {
				warm[i] = (System.nanoTime() - start) / 1e3 / classes;
			}
		}
		Arrays.sort(warm);
		System.out.printf("check+instrument, warm: median %.0f us per class (p90 %.0f us)%n", warm[warm.length / 2],
				warm[warm.length * 9 / 10]);
		Map<String, byte[]> loop = BytecodeTestCompiler.compile(LOOP);
		Map<String, byte[]> ticking = Instrumenter.instrument(BytecodeSubmission.parse(loop));
		for (List<String> flags : List.of(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), List.<String>of())) {
			long plain = loopMillis(loop, flags);
			long ticked = loopMillis(ticking, flags);
			System.out.printf("200M-iteration loop %s: %d ms plain, %d ms with ticks (%+.1f%%)%n",
					flags.isEmpty() ? "(C2)" : "(C1 only, as in the sandbox)", plain, ticked,
					100.0 * (ticked - plain) / plain);
		}
	}

	private static void prepareAll(List<Map<String, byte[]>> programs) {
		for (Map<String, byte[]> program : programs) {
			if (!(BytecodeGate.prepare(new Compilation.Compiled("Main", program), "") instanceof BytecodeGate.Ready)) {
				throw new IllegalStateException("A course example was rejected");
			}
		}
	}

	/** The median of the loop's rounds after the first, in a fresh JVM. */
	private static long loopMillis(Map<String, byte[]> classes, List<String> flags)
			throws IOException, InterruptedException {
		Path folder = Files.createTempDirectory("loop");
		for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
			Files.write(folder.resolve(entry.getKey() + ".class"), entry.getValue());
		}
		List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java", "-cp",
				folder + ":" + System.getProperty("java.class.path")));
		command.addAll(flags);
		command.add("Main");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<String> lines = new String(process.getInputStream().readAllBytes()).lines().toList();
		process.waitFor();
		long[] rounds = lines.stream()
			.skip(1)
			.mapToLong((line) -> Long.parseLong(line.split(" ")[0]))
			.sorted()
			.toArray();
		return rounds[rounds.length / 2];
	}

}
