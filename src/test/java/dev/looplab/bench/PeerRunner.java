package dev.looplab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a program the way Jobe, Judge0 and Piston do for Java: write the file,
 * {@code javac} it, then start {@code java -Xrs -Xss8m -Xmx200m Main}, a fresh compiler
 * and JVM per run.
 */
final class PeerRunner {

	private final Path javaHome;

	PeerRunner(Path javaHome) {
		this.javaHome = javaHome;
	}

	void run(Workload workload) throws IOException, InterruptedException {
		Path dir = Files.createTempDirectory("peer-run");
		try {
			Files.writeString(dir.resolve(workload.className() + ".java"), workload.source());
			exec(dir, List.of(this.javaHome.resolve("bin/javac").toString(), workload.className() + ".java"));
			exec(dir, List.of(this.javaHome.resolve("bin/java").toString(), "-Xrs", "-Xss8m", "-Xmx200m", "-cp", ".",
					workload.className()));
		}
		finally {
			try (var files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
		}
	}

	private static void exec(Path dir, List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (process.waitFor() != 0) {
			throw new IOException("Failed: " + String.join(" ", command));
		}
	}

}
