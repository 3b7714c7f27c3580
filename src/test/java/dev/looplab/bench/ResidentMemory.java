package dev.looplab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Resident set sizes read from {@code /proc}, in MiB.
 */
final class ResidentMemory {

	private ResidentMemory() {
	}

	static double of(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
				}
			}
		}
		catch (IOException ex) {
			// The process is gone.
		}
		return 0;
	}

	/**
	 * The RSS of each JVM under the server whose command line names {@code mainClass}
	 * (the sandbox JVMs sit under their bubblewrap and setpriv wrappers, not directly
	 * under the server).
	 */
	static List<Double> ofJvmsRunning(long serverPid, String mainClass) {
		return ProcessHandle.of(serverPid)
			.map((server) -> server.descendants()
				.filter((process) -> process.info().commandLine().orElse("").contains(mainClass))
				.filter((process) -> process.info().command().orElse("").endsWith("/java"))
				.map((process) -> of(process.pid()))
				.filter((rss) -> rss > 0)
				.toList())
			.orElse(List.of());
	}

	/** The RSS of everything under the server that is not a JVM: the wrappers. */
	static double ofWrappers(long serverPid) {
		return ProcessHandle.of(serverPid)
			.map((server) -> server.descendants()
				.filter((process) -> !process.info().command().orElse("").endsWith("/java"))
				.mapToDouble((process) -> of(process.pid()))
				.sum())
			.orElse(0.0);
	}

}
